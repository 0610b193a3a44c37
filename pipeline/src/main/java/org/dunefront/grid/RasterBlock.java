package org.dunefront.grid;

import java.util.Objects;

/**
 * One band of cells over a {@link Window}, backed by a primitive array in row-major order
 * (index = localRow · width + localCol). Subclasses give typed access to the array for inner
 * loops; {@link #get(int, int)} / {@link #set(int, int, double)} are the generic (slower) path.
 *
 * <p>Coordinates passed to {@code get}/{@code set} are <em>local</em> to the block (0-based).
 * Use {@link #getAbsolute(int, int)} with grid coordinates. Blocks are not thread-safe.
 */
public abstract sealed class RasterBlock
        permits RasterBlock.Bytes, RasterBlock.Shorts, RasterBlock.Ints, RasterBlock.Floats, RasterBlock.Doubles {

    private final Window window;
    private final DataType type;
    private final NoData noData;

    RasterBlock(Window window, DataType type, NoData noData) {
        this.window = Objects.requireNonNull(window);
        this.type = Objects.requireNonNull(type);
        this.noData = Objects.requireNonNull(noData);
        if (window.cellCount() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("Block too large for one array: " + window);
        }
    }

    /** A zero-filled block of the given type. */
    public static RasterBlock create(DataType type, Window window, NoData noData) {
        int n = (int) window.cellCount();
        return switch (type) {
            case INT8, UINT8 -> new Bytes(window, type, noData, new byte[n]);
            case INT16, UINT16 -> new Shorts(window, type, noData, new short[n]);
            case INT32 -> new Ints(window, noData, new int[n]);
            case FLOAT32 -> new Floats(window, noData, new float[n]);
            case FLOAT64 -> new Doubles(window, noData, new double[n]);
        };
    }

    /** A block of the given type filled with the nodata fill value (or 0 when there is none). */
    public static RasterBlock filled(DataType type, Window window, NoData noData) {
        RasterBlock b = create(type, window, noData);
        double fill = noData.present() ? noData.value() : (type.isFloatingPoint() ? Double.NaN : 0);
        if (fill != 0 || Double.isNaN(fill)) b.fill(fill);
        return b;
    }

    public Window window() { return window; }
    public DataType type() { return type; }
    public NoData noData() { return noData; }
    public int width() { return window.width(); }
    public int height() { return window.height(); }

    /** Value at local (col, row) as a double; unsigned types are returned as non-negative values. */
    public abstract double get(int col, int row);

    /** Stores {@code v} at local (col, row), rounding to nearest and clamping for integer types. */
    public abstract void set(int col, int row, double v);

    /** Value at grid (col, row). */
    public double getAbsolute(int col, int row) {
        return get(col - window.col(), row - window.row());
    }

    public boolean isNoData(int col, int row) {
        return noData.matches(get(col, row));
    }

    public void fill(double v) {
        for (int r = 0; r < height(); r++) for (int c = 0; c < width(); c++) set(c, r, v);
    }

    /** Copies the overlap of {@code src} into this block (both in grid coordinates). */
    public void copyFrom(RasterBlock src) {
        Window o = window.intersect(src.window);
        for (int r = o.row(); r < o.endRow(); r++) {
            for (int c = o.col(); c < o.endCol(); c++) {
                set(c - window.col(), r - window.row(), src.getAbsolute(c, r));
            }
        }
    }

    /** A new block holding the sub-window {@code w} (grid coordinates, must lie inside this block). */
    public RasterBlock crop(Window w) {
        if (!window.contains(w)) throw new IllegalArgumentException(w + " is not inside " + window);
        RasterBlock out = create(type, w, noData);
        out.copyFrom(this);
        return out;
    }

    final int index(int col, int row) {
        return row * window.width() + col;
    }

    static long clampRound(double v, double min, double max) {
        if (Double.isNaN(v)) return 0;
        double r = Math.rint(v);
        return (long) Math.max(min, Math.min(max, r));
    }

    /** INT8 or UINT8 samples. */
    public static final class Bytes extends RasterBlock {
        private final byte[] data;
        private final boolean unsigned;

        public Bytes(Window w, DataType type, NoData nd, byte[] data) {
            super(w, type, nd);
            if (type != DataType.UINT8 && type != DataType.INT8) throw new IllegalArgumentException(type.name());
            if (data.length != w.cellCount()) throw new IllegalArgumentException("array length " + data.length);
            this.data = data;
            this.unsigned = type == DataType.UINT8;
        }

        public byte[] data() { return data; }

        @Override public double get(int c, int r) {
            byte b = data[index(c, r)];
            return unsigned ? (b & 0xFF) : b;
        }

        @Override public void set(int c, int r, double v) {
            data[index(c, r)] = (byte) clampRound(v, type().minValue(), type().maxValue());
        }
    }

    /** INT16 or UINT16 samples. */
    public static final class Shorts extends RasterBlock {
        private final short[] data;
        private final boolean unsigned;

        public Shorts(Window w, DataType type, NoData nd, short[] data) {
            super(w, type, nd);
            if (type != DataType.UINT16 && type != DataType.INT16) throw new IllegalArgumentException(type.name());
            if (data.length != w.cellCount()) throw new IllegalArgumentException("array length " + data.length);
            this.data = data;
            this.unsigned = type == DataType.UINT16;
        }

        public short[] data() { return data; }

        @Override public double get(int c, int r) {
            short s = data[index(c, r)];
            return unsigned ? (s & 0xFFFF) : s;
        }

        @Override public void set(int c, int r, double v) {
            data[index(c, r)] = (short) clampRound(v, type().minValue(), type().maxValue());
        }
    }

    /** INT32 samples. */
    public static final class Ints extends RasterBlock {
        private final int[] data;

        public Ints(Window w, NoData nd, int[] data) {
            super(w, DataType.INT32, nd);
            if (data.length != w.cellCount()) throw new IllegalArgumentException("array length " + data.length);
            this.data = data;
        }

        public int[] data() { return data; }

        @Override public double get(int c, int r) { return data[index(c, r)]; }

        @Override public void set(int c, int r, double v) {
            data[index(c, r)] = (int) clampRound(v, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
    }

    /** FLOAT32 samples. */
    public static final class Floats extends RasterBlock {
        private final float[] data;

        public Floats(Window w, NoData nd, float[] data) {
            super(w, DataType.FLOAT32, nd);
            if (data.length != w.cellCount()) throw new IllegalArgumentException("array length " + data.length);
            this.data = data;
        }

        public float[] data() { return data; }

        @Override public double get(int c, int r) { return data[index(c, r)]; }

        @Override public void set(int c, int r, double v) { data[index(c, r)] = (float) v; }

        @Override public void fill(double v) { java.util.Arrays.fill(data, (float) v); }
    }

    /** FLOAT64 samples. */
    public static final class Doubles extends RasterBlock {
        private final double[] data;

        public Doubles(Window w, NoData nd, double[] data) {
            super(w, DataType.FLOAT64, nd);
            if (data.length != w.cellCount()) throw new IllegalArgumentException("array length " + data.length);
            this.data = data;
        }

        public double[] data() { return data; }

        @Override public double get(int c, int r) { return data[index(c, r)]; }

        @Override public void set(int c, int r, double v) { data[index(c, r)] = v; }

        @Override public void fill(double v) { java.util.Arrays.fill(data, v); }
    }
}
