package org.dunefront.plan;

import java.util.Objects;

/**
 * One float32 input layer of the plan (flux, slope, aspect), held for the whole grid ({@link #of}) or
 * read one strip of rows at a time ({@link #inStrips}) so that it costs no heap per cell. Passes over
 * the grid call {@link #load} for the rows they are about to read, then {@link #at} for those rows'
 * cells (whole-grid layers ignore {@code load}); {@link #readAll} gives a whole-grid array for the
 * routing, which needs random access.
 *
 * <p>Thread-safety: {@link #load} and {@link #readAll} from one thread; {@link #at} from any number of
 * threads between loads.
 */
public abstract class FloatLayer {
    final int width;
    final int height;

    private FloatLayer(int width, int height) {
        if (width < 1 || height < 1) throw new IllegalArgumentException("grid must be at least 1 x 1");
        this.width = width;
        this.height = height;
    }

    /** Reads rows of a layer from wherever it lives (e.g. a raster file). */
    @FunctionalInterface
    public interface RowReader {
        /**
         * Fills {@code out} with rows {@code row0 .. row0 + rows - 1}, row-major ({@code rows·width} cells).
         * Failures are thrown unchecked (e.g. {@link java.io.UncheckedIOException}).
         */
        void read(int row0, int rows, float[] out);
    }

    /** A whole-grid layer over {@code cells} (row-major, not copied). */
    public static FloatLayer of(float[] cells, int width, int height) {
        Objects.requireNonNull(cells, "cells");
        if ((long) width * height != cells.length) {
            throw new IllegalArgumentException("layer has " + cells.length + " cells, the grid " + (long) width * height);
        }
        return new Whole(cells, width, height);
    }

    /** A layer read strip by strip through {@code reader}: only the loaded rows are held. */
    public static FloatLayer inStrips(RowReader reader, int width, int height) {
        return new Strips(Objects.requireNonNull(reader, "reader"), width, height);
    }

    /** Makes rows {@code row0 .. row0 + rows - 1} readable by {@link #at} (and releases the rows loaded before). */
    public abstract void load(int row0, int rows);

    /** Value of cell i (row-major index), which must be in the loaded rows of a strip layer. */
    public abstract float at(int i);

    /** Rows {@code row0 .. row0 + rows - 1} into {@code out} (row-major). */
    public abstract void read(int row0, int rows, float[] out);

    /** The whole grid as one array (the layer's own array when whole, else a new one read strip by strip). */
    public abstract float[] readAll();

    int cellCount() { return width * height; }

    private static final class Whole extends FloatLayer {
        private final float[] cells;

        Whole(float[] cells, int width, int height) {
            super(width, height);
            this.cells = cells;
        }

        @Override public void load(int row0, int rows) { }
        @Override public float at(int i) { return cells[i]; }
        @Override public void read(int row0, int rows, float[] out) {
            System.arraycopy(cells, row0 * width, out, 0, rows * width);
        }
        @Override public float[] readAll() { return cells; }
    }

    private static final class Strips extends FloatLayer {
        /** Rows per read of {@link #readAll} (about 4 M cells). */
        private static final int READ_CELLS = 4 << 20;
        private final RowReader reader;
        private float[] window = new float[0];
        private int first;  // first cell of the loaded rows
        private int count;  // loaded cells

        Strips(RowReader reader, int width, int height) {
            super(width, height);
            this.reader = reader;
        }

        @Override public void load(int row0, int rows) {
            if (row0 < 0 || rows < 1 || row0 + rows > height) {
                throw new IllegalArgumentException("rows " + row0 + " + " + rows + " outside 0.." + height);
            }
            int n = rows * width;
            if (window.length < n) window = new float[n];
            reader.read(row0, rows, window);
            first = row0 * width;
            count = n;
        }

        @Override public float at(int i) {
            int k = i - first;
            if (k < 0 || k >= count) throw new IllegalStateException("cell " + i + " is not in the loaded rows");
            return window[k];
        }

        @Override public void read(int row0, int rows, float[] out) { reader.read(row0, rows, out); }

        @Override public float[] readAll() {
            float[] all = new float[width * height];
            int step = Math.max(1, READ_CELLS / width);
            float[] buf = new float[Math.min(height, step) * width];
            for (int r0 = 0; r0 < height; r0 += step) {
                int rows = Math.min(step, height - r0);
                reader.read(r0, rows, buf);
                System.arraycopy(buf, 0, all, r0 * width, rows * width);
            }
            return all;
        }
    }
}
