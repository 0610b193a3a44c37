package org.dunefront.ranking;

/**
 * Random access to the annual sand-flux field for {@link DownwindRouting} (m³ m⁻¹ yr⁻¹, float32 as the
 * transport model writes it; NaN = no data), wherever the caller keeps it: whole-grid arrays, or e.g. a
 * scratch file behind a tile cache so that the routing costs no flux heap per cell. The routing reads
 * it from one thread; implementations need not be thread-safe.
 */
public interface FluxField {
    /** Eastward component at cell i (row-major index). */
    float east(int i);

    /** Northward component at cell i. */
    float north(int i);
}
