package org.dunefront.grid;

/**
 * Per-band nodata marker. A band either has no nodata value, a numeric one, or NaN.
 *
 * <p>Propagation rules used throughout Dunefront (see {@link NoDataRule}): a local operation
 * whose inputs include a nodata cell writes nodata unless the operation documents otherwise;
 * a NaN result from floating-point arithmetic is also treated as nodata when the output band's
 * nodata is NaN.
 *
 * @param present whether the band has a nodata value
 * @param value   the nodata value (NaN allowed); meaningless when {@code present} is false
 */
public record NoData(boolean present, double value) {
    public static final NoData NONE = new NoData(false, Double.NaN);
    public static final NoData NAN = new NoData(true, Double.NaN);

    public static NoData of(double value) {
        return new NoData(true, value);
    }

    /** True when {@code v} is this band's nodata (NaN matches a NaN nodata). */
    public boolean matches(double v) {
        if (!present) return false;
        return Double.isNaN(value) ? Double.isNaN(v) : v == value;
    }

    /** The value to write for nodata cells; NaN for floating bands without a declared nodata. */
    public double fillValue() {
        return present ? value : Double.NaN;
    }

    @Override
    public String toString() {
        return present ? (Double.isNaN(value) ? "NaN" : String.valueOf(value)) : "none";
    }
}
