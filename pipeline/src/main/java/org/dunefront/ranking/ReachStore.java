package org.dunefront.ranking;

/**
 * Where {@link DownwindRouting} keeps the two reach values of every cell (the fraction of its sand
 * that reaches assets, and the value- and travel-weighted reach): in memory ({@link #inMemory}, two
 * {@code double[]}, 16 bytes per cell) or anywhere a caller supplies, e.g. a scratch file with a
 * small cache so that the reach costs no heap per cell. Values are stored as given (bit-for-bit);
 * a cell never {@link #set} reads 0 for both.
 *
 * <p>Implementations need not be thread-safe: the routing writes and reads from one thread, and
 * callers that read from several threads copy the values they need first.
 */
public interface ReachStore {
    /** Reach fraction of cell i (0 when never set). */
    double any(int i);

    /** Weighted reach of cell i (0 when never set). */
    double value(int i);

    /** Stores both reach values of cell i. */
    void set(int i, double any, double value);

    /** Two whole-grid {@code double[]} (16 bytes per cell). */
    static ReachStore inMemory(int cells) {
        double[] any = new double[cells], value = new double[cells];
        return new ReachStore() {
            @Override public double any(int i) { return any[i]; }
            @Override public double value(int i) { return value[i]; }
            @Override public void set(int i, double a, double v) { any[i] = a; value[i] = v; }
        };
    }
}
