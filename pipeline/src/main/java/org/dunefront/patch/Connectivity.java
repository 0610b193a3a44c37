package org.dunefront.patch;

/**
 * Which neighbours make two cells of the same class belong to one patch.
 * GRASS {@code r.clump} and {@code gdal_polygonize} default to {@link #FOUR}.
 */
public enum Connectivity {
    /** Edge neighbours only (N, E, S, W): cells touching only at a corner are different patches. */
    FOUR,
    /** Edge and corner neighbours: diagonal pinches join cells into one patch. */
    EIGHT
}
