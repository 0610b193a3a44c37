package org.dunefront.transport;

/**
 * One flag per cell of a {@code width × height} grid, each row in whole 64-bit words (bit {@code c & 63}
 * of word {@code c >>> 6} is column {@code c}), with the face-neighbourhood dilation the donor-cell
 * stepper uses to find the cells a pass must visit: a cell is in the dilation when it or one of its four
 * face neighbours (across the edges only when the grid is periodic) is flagged. Bits beyond the last
 * column are always 0.
 *
 * <p>Not thread-safe by itself: concurrent writers must own distinct rows, and no row may be written
 * while another thread dilates a neighbouring row.
 */
final class CellBits {
    private final int width;
    private final int height;
    private final boolean periodic;
    /** Words per row. */
    final int words;
    private final long lastWordMask;
    private final long[] bits;

    CellBits(int width, int height, boolean periodic) {
        this.width = width;
        this.height = height;
        this.periodic = periodic;
        this.words = (width + 63) >>> 6;
        this.lastWordMask = (width & 63) == 0 ? -1L : (1L << (width & 63)) - 1;
        this.bits = new long[Math.multiplyExact(words, height)];
    }

    long word(int row, int k) {
        return bits[row * words + k];
    }

    void setWord(int row, int k, long v) {
        bits[row * words + k] = v;
    }

    void set(int row, int col) {
        bits[row * words + (col >>> 6)] |= 1L << col;
    }

    /** Every column of word {@code k} (the in-grid bits). */
    long fullWord(int k) {
        return k == words - 1 ? lastWordMask : -1L;
    }

    /** Word {@code k} of row {@code row} of the dilation: flagged cells and their face neighbours. */
    long dilated(int row, int k) {
        int base = row * words;
        long s = bits[base + k];
        long v = s | s << 1 | s >>> 1;
        if (k > 0) v |= bits[base + k - 1] >>> 63;
        if (k < words - 1) v |= bits[base + k + 1] << 63;
        if (row > 0) {
            v |= bits[base - words + k];
        } else if (periodic) {
            v |= bits[(height - 1) * words + k];
        }
        if (row < height - 1) {
            v |= bits[base + words + k];
        } else if (periodic) {
            v |= bits[k];
        }
        if (periodic) {
            int last = width - 1;
            if (k == 0 && (bits[base + (last >>> 6)] & 1L << last) != 0) v |= 1L; // column 0's west neighbour
            if (k == words - 1 && (bits[base] & 1L) != 0) v |= 1L << last;      // the last column's east neighbour
        }
        return k == words - 1 ? v & lastWordMask : v;
    }
}
