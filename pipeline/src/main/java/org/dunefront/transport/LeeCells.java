package org.dunefront.transport;

import java.util.Arrays;

/**
 * The slip-face (lee) cells the donor-cell stepper found in each row during a step's first pass, with
 * their brink level, so that the lee pass visits only them and need not recompute the brink (the
 * thickness it depends on does not change between the two passes). Per-row lists that grow as needed.
 *
 * <p>Not thread-safe by itself: each row must be written by one thread at a time.
 */
final class LeeCells {
    private final int[][] columns;
    private final double[][] brinks;
    private final int[] counts;

    LeeCells(int rows) {
        this.columns = new int[rows][];
        this.brinks = new double[rows][];
        this.counts = new int[rows];
    }

    int count(int row) {
        return counts[row];
    }

    int column(int row, int j) {
        return columns[row][j];
    }

    /** Brink (crest) level of the cell, m surface elevation. */
    double brink(int row, int j) {
        return brinks[row][j];
    }

    void clear(int row) {
        counts[row] = 0;
    }

    void add(int row, int column, double brink) {
        int n = counts[row];
        if (columns[row] == null) {
            columns[row] = new int[8];
            brinks[row] = new double[8];
        } else if (n == columns[row].length) {
            columns[row] = Arrays.copyOf(columns[row], 2 * n);
            brinks[row] = Arrays.copyOf(brinks[row], 2 * n);
        }
        columns[row][n] = column;
        brinks[row][n] = brink;
        counts[row] = n + 1;
    }
}
