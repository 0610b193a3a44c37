package org.dunefront.grid;

/**
 * Receives progress of a long operation, after GDAL's {@code GDALProgressFunc}: a fraction in
 * [0, 1] and a short message. Returning {@code false} asks the operation to stop; it then throws
 * {@link CancelledException}. Operations never print; the CLI renders progress.
 *
 * <p>Implementations must be thread-safe: tiled operations report from worker threads.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores progress and never cancels. */
    ProgressListener NONE = (fraction, message) -> true;

    /**
     * @param fraction completed fraction in [0, 1]
     * @param message  what is being done (may be empty)
     * @return {@code false} to cancel
     */
    boolean report(double fraction, String message);

    /**
     * A listener for a sub-step covering [{@code from}, {@code to}] of this listener's range
     * (GDAL's {@code GDALCreateScaledProgress}).
     */
    default ProgressListener scaled(double from, double to) {
        ProgressListener parent = this;
        return (fraction, message) -> parent.report(from + (to - from) * Math.max(0, Math.min(1, fraction)), message);
    }

    /** Reports and throws {@link CancelledException} if the listener asks to cancel. */
    default void reportOrCancel(double fraction, String message) {
        if (!report(fraction, message)) throw new CancelledException(message);
    }
}
