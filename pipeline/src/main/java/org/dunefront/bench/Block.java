package org.dunefront.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** The building blocks {@link BlockBench} can run, with the files each one takes. */
enum Block {
    /** Read the DEM, write it back as Deflate-tiled GeoTIFF ({@code gdal_translate}). */
    COPY("dem out"),
    /** Horn slope in degrees ({@code gdaldem slope}). */
    SLOPE("dem out"),
    /** Horn aspect in degrees ({@code gdaldem aspect}). */
    ASPECT("dem out"),
    /** Slope and aspect from one read of the DEM (fused: what the pipeline does). */
    SLOPE_ASPECT("dem slopeOut aspectOut"),
    /** 3×3 mean of the valid neighbours. */
    FOCAL_MEAN("dem out"),
    /**
     * {@code (A − 1000)·C·(B ≠ water)} over DEM A, land cover B and a factor raster C (the sample basin's
     * plantation mask) ({@code gdal_calc.py}).
     */
    CALC("dem landCover factor waterCode out"),
    /** Exact Euclidean distance in metres to the nearest cell of one land-cover class ({@code gdal_proximity.py}). */
    PROXIMITY("landCover classCode out"),
    /** 8-connected patches of equal land-cover class, int32 labels ({@code r.clump -d} / {@code ndimage.label}). */
    LABEL("landCover out"),
    /** Polygons of 4-connected equal-class patches, WKB records ({@code gdal_polygonize.py}). */
    POLYGONIZE("landCover out");

    private final String arguments;

    Block(String arguments) {
        this.arguments = arguments;
    }

    String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    int arity() {
        return arguments.split(" ").length;
    }

    String usage() {
        return cliName() + " " + arguments;
    }

    static Block parse(String s) {
        for (Block b : values()) if (b.cliName().equals(s)) return b;
        throw new IllegalArgumentException("unknown block '" + s + "'; one of " + Arrays.toString(
                Arrays.stream(values()).map(Block::cliName).toArray()));
    }

    static Path path(String s) {
        return Path.of(s).toAbsolutePath().normalize();
    }
}
