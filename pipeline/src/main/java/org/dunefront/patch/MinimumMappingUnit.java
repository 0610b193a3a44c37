package org.dunefront.patch;

/**
 * Removes patches smaller than a minimum mapping unit, as GRASS {@code r.reclass.area} does with
 * {@code mode=lesser}: a patch is kept when its area (cells × cell area) is at least the unit.
 * Kept patches are renumbered in the row-major order of their first cell; removed cells become 0.
 */
public final class MinimumMappingUnit {
    private MinimumMappingUnit() {}

    /**
     * @param labels     labelled patches
     * @param minAreaHa  minimum mapping unit in hectares (≥ 0; 0 keeps everything)
     * @param cellAreaM2 area of one cell in m² (from {@code GridGeometry.cellArea()} on a metric grid)
     */
    public static PatchLabels apply(PatchLabels labels, double minAreaHa, double cellAreaM2) {
        return labels.keepOnly(keep(labels, minAreaHa, cellAreaM2));
    }

    /**
     * {@link #apply} that reuses the label array of {@code labels} for the result (no second per-cell
     * array): {@code labels} is consumed and must not be used afterwards. Same result as {@link #apply}.
     */
    public static PatchLabels applyInPlace(PatchLabels labels, double minAreaHa, double cellAreaM2) {
        return labels.keepOnlyInPlace(keep(labels, minAreaHa, cellAreaM2));
    }

    private static boolean[] keep(PatchLabels labels, double minAreaHa, double cellAreaM2) {
        if (!(minAreaHa >= 0) || !Double.isFinite(minAreaHa)) {
            throw new IllegalArgumentException("minAreaHa must be finite and ≥ 0, got " + minAreaHa);
        }
        if (!(cellAreaM2 > 0) || !Double.isFinite(cellAreaM2)) {
            throw new IllegalArgumentException("cellAreaM2 must be finite and > 0, got " + cellAreaM2);
        }
        int n = labels.count();
        boolean[] keep = new boolean[n + 1];
        for (int id = 1; id <= n; id++) {
            // compare in m² with a relative tolerance so that exactly-at-the-unit patches are kept
            double areaM2 = labels.cellCount(id) * cellAreaM2;
            keep[id] = areaM2 >= minAreaHa * 10_000.0 * (1 - 1e-12);
        }
        return keep;
    }
}
