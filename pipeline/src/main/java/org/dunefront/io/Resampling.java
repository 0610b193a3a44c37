package org.dunefront.io;

import java.util.Locale;

/** Resampling kernels for reprojection, named as GDAL's {@code -r} option names them. */
public enum Resampling {
    /** Nearest neighbour: categorical rasters (land cover, masks). */
    NEAREST("near"),
    /** Bilinear interpolation on the 2×2 neighbourhood: continuous fields (elevation, wind). */
    BILINEAR("bilinear"),
    /** Cubic convolution on the 4×4 neighbourhood. */
    CUBIC("cubic"),
    /** Average of all contributing source cells: downsampling continuous fields. */
    AVERAGE("average"),
    /** Most frequent contributing value: downsampling categorical rasters. */
    MODE("mode");

    private final String gdalName;

    Resampling(String gdalName) {
        this.gdalName = gdalName;
    }

    /** The name of this kernel in GDAL's {@code -r} option. */
    public String gdalName() {
        return gdalName;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
