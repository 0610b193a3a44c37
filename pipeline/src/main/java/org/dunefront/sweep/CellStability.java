package org.dunefront.sweep;

/**
 * Fraction of runs in which each cell is prioritised for each action: accumulate one action map
 * per run (action code per cell, 0 = none), then read fractions per action code.
 * Not thread-safe (accumulate from one thread).
 */
public final class CellStability {
    private final int cells;
    private final int maxAction;
    private final int[][] counts;
    private int runs;

    /** @param maxAction highest action code (codes 1..maxAction are counted; others ignored) */
    public CellStability(int cells, int maxAction) {
        this.cells = cells;
        this.maxAction = maxAction;
        this.counts = new int[maxAction + 1][cells];
    }

    public void add(int[] actions) {
        if (actions.length != cells) throw new IllegalArgumentException("expected " + cells + " cells, got " + actions.length);
        for (int i = 0; i < cells; i++) {
            int a = actions[i];
            if (a >= 1 && a <= maxAction) counts[a][i]++;
        }
        runs++;
    }

    public int runs() {
        return runs;
    }

    /** Fraction of runs in which each cell has action {@code action}. */
    public float[] fraction(int action) {
        float[] f = new float[cells];
        for (int i = 0; i < cells; i++) f[i] = runs == 0 ? 0f : (float) counts[action][i] / runs;
        return f;
    }

    /** Fraction of runs in which each cell has any action. */
    public float[] anyAction() {
        float[] f = new float[cells];
        for (int i = 0; i < cells; i++) {
            int s = 0;
            for (int a = 1; a <= maxAction; a++) s += counts[a][i];
            f[i] = runs == 0 ? 0f : (float) s / runs;
        }
        return f;
    }
}
