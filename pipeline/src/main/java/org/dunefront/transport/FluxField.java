package org.dunefront.transport;

import java.util.Objects;

/**
 * A potential sand-flux vector field on the study grid (bulk volume of deposit per metre of width
 * per year, averaged over the period it stands for), row-major. NaN means no flux.
 *
 * @param qxM3PerMYr eastward component, m³ m⁻¹ yr⁻¹
 * @param qyM3PerMYr northward component, m³ m⁻¹ yr⁻¹ (north, not along the row axis)
 */
public record FluxField(float[] qxM3PerMYr, float[] qyM3PerMYr) {
    public FluxField {
        Objects.requireNonNull(qxM3PerMYr, "qxM3PerMYr");
        Objects.requireNonNull(qyM3PerMYr, "qyM3PerMYr");
        if (qxM3PerMYr.length != qyM3PerMYr.length) throw new IllegalArgumentException("qx and qy differ in length");
    }

    /** A uniform field over {@code cells} cells. */
    public static FluxField uniform(int cells, double qxM3PerMYr, double qyM3PerMYr) {
        float[] x = new float[cells], y = new float[cells];
        java.util.Arrays.fill(x, (float) qxM3PerMYr);
        java.util.Arrays.fill(y, (float) qyM3PerMYr);
        return new FluxField(x, y);
    }
}
