package org.dunefront.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The optional asset vectors of an ingest (configuration keys {@code study.assets} and
 * {@code study.assetLineWidthM}; contract in docs/inputs.md, section "Assets").
 *
 * @param file       GeoPackage (single layer) or GeoJSON of lines and/or polygons, any CRS; the attribute
 *                   {@code class} names a legend class whose surface is ASSET_TRAP (default: lines {@code road},
 *                   polygons {@code settlement})
 * @param lineWidthM width of asset lines in metres, ≥ 0: every cell whose centre lies within half of it is burnt,
 *                   besides every cell the centre line crosses (0 = only those)
 */
public record AssetInput(Path file, double lineWidthM) {
    /** Default line width, m: one cell of the default 30 m study grid (a two-lane road with verges). */
    public static final double DEFAULT_LINE_WIDTH_M = 30;

    public AssetInput {
        Objects.requireNonNull(file, "file");
        if (!(lineWidthM >= 0) || !Double.isFinite(lineWidthM)) {
            throw new IllegalArgumentException("lineWidthM must be a finite width >= 0 m, got " + lineWidthM);
        }
    }
}
