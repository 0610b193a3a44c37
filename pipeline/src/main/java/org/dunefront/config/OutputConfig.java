package org.dunefront.config;

/**
 * How the stages encode their GeoTIFF outputs. These settings change the bytes (and size) of the files,
 * never their cells, and are not part of a stage's cache key (like {@code run.*}): changing them does not
 * make an up-to-date stage run again (use {@code --from}).
 */
public record OutputConfig(
        @Param(description = "Deflate level of the stages' GeoTIFF tiles (libdeflate, as GDAL's ZLEVEL; 9 = smallest "
                + "files); cells are identical at every level. 2 (the default) compresses a 5000 x 5000 run's outputs "
                + "in 2/3 of level 6's CPU time into 5 % larger files (docs/geotiff-codec.md)", min = 1, max = 9,
                defaultValue = "2") int deflateLevel) {
}
