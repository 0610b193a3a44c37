package org.dunefront.io.geotiff;

import java.util.Optional;
import java.util.Set;

/**
 * Whether common EPSG codes denote a projected or a geographic 2D CRS, known without opening the
 * EPSG database (whose first use costs several seconds of start-up): WGS 84 / UTM, Web Mercator,
 * the CGCS2000, Xian 1980 and Beijing 1954 Gauss-Krüger series and common geographic CRSs.
 * {@code GeoTiffWriterEpsgKindsTest} checks every listed code against Apache SIS' EPSG database.
 */
final class EpsgKinds {
    /** Inclusive ranges of projected CRS codes. */
    static final int[][] PROJECTED_RANGES = {
            {32601, 32660}, {32701, 32760},   // WGS 84 / UTM zones N and S
            {4491, 4554},                     // CGCS2000 / Gauss-Kruger (6- and 3-degree, zones and CM)
            {2327, 2399}, {2401, 2442},       // Xian 1980 / GK, Beijing 1954 / 3-degree GK, ... (2400 deprecated)
            {21413, 21423}, {21453, 21463},   // Beijing 1954 / Gauss-Kruger (21473-21483 are deprecated)
            {3857, 3857},                     // WGS 84 / Pseudo-Mercator
    };

    /** Geographic 2D CRS codes. */
    static final Set<Integer> GEOGRAPHIC = Set.of(4326, 4490, 4214, 4610, 4269, 4258, 4283, 4230, 4612, 4167, 4148);

    private EpsgKinds() { }

    /** True for a listed projected code, false for a listed geographic code, empty when not listed. */
    static Optional<Boolean> isProjected(int code) {
        for (int[] r : PROJECTED_RANGES) if (code >= r[0] && code <= r[1]) return Optional.of(true);
        if (GEOGRAPHIC.contains(code)) return Optional.of(false);
        return Optional.empty();
    }
}
