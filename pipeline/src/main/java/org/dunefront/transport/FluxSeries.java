package org.dunefront.transport;

import java.util.List;
import java.util.Objects;

/**
 * The potential-flux forcing of a transport run, one {@link FluxField} per period of the model year
 * (one period: used every step), served one period at a time so that a run never needs every period
 * in memory at once: the model copies the period it is stepping into its own buffers. Implementations
 * may keep the periods in memory ({@link #of(List)}) or read them from a scratch file.
 *
 * <p>Thread-safety: {@link #read} is called from one thread at a time.
 */
public interface FluxSeries {

    /** Number of periods: 1 (every step) or the number of steps per year. */
    int periods();

    /** Cells per field (width × height of the model grid). */
    int cellCount();

    /**
     * Copies period {@code period} into {@code qxOut}/{@code qyOut} (m³ m⁻¹ yr⁻¹, east/north; NaN = no flux).
     *
     * @throws java.io.UncheckedIOException when a file-backed series cannot be read
     */
    void read(int period, float[] qxOut, float[] qyOut);

    /** A series over fields held in memory (not copied). */
    static FluxSeries of(List<FluxField> fields) {
        List<FluxField> list = List.copyOf(Objects.requireNonNull(fields, "fields"));
        if (list.isEmpty()) throw new IllegalArgumentException("potentialFlux needs at least one field");
        int n = list.get(0).qxM3PerMYr().length;
        for (FluxField f : list) {
            if (f.qxM3PerMYr().length != n) throw new IllegalArgumentException("potentialFlux fields differ in size");
        }
        return new FluxSeries() {
            @Override public int periods() { return list.size(); }
            @Override public int cellCount() { return n; }
            @Override public void read(int period, float[] qxOut, float[] qyOut) {
                FluxField f = list.get(period);
                System.arraycopy(f.qxM3PerMYr(), 0, qxOut, 0, n);
                System.arraycopy(f.qyM3PerMYr(), 0, qyOut, 0, n);
            }
        };
    }
}
