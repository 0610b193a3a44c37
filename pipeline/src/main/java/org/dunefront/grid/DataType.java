package org.dunefront.grid;

/** Cell data types supported by the grid model, with their value ranges and sizes. */
public enum DataType {
    INT8(1, -128, 127, false),
    UINT8(1, 0, 255, false),
    INT16(2, Short.MIN_VALUE, Short.MAX_VALUE, false),
    UINT16(2, 0, 65535, false),
    INT32(4, Integer.MIN_VALUE, Integer.MAX_VALUE, false),
    FLOAT32(4, -Float.MAX_VALUE, Float.MAX_VALUE, true),
    FLOAT64(8, -Double.MAX_VALUE, Double.MAX_VALUE, true);

    private final int bytes;
    private final double min;
    private final double max;
    private final boolean floating;

    DataType(int bytes, double min, double max, boolean floating) {
        this.bytes = bytes;
        this.min = min;
        this.max = max;
        this.floating = floating;
    }

    public int bytesPerSample() {
        return bytes;
    }

    public double minValue() {
        return min;
    }

    public double maxValue() {
        return max;
    }

    public boolean isFloatingPoint() {
        return floating;
    }

    /** True when {@code v} can be stored in this type without loss (NaN only for floating types). */
    public boolean canRepresent(double v) {
        if (Double.isNaN(v)) return floating;
        if (floating) return this == FLOAT64 || (float) v == v || Double.isInfinite(v);
        return v >= min && v <= max && v == Math.rint(v);
    }
}
