package org.dunefront.error;

import java.util.Locale;

/**
 * A stage needed more memory than the Java heap allows (exit code {@value #EXIT_OUT_OF_MEMORY}).
 * The message names the stage, the heap ceiling and the two fixes: a larger heap through the
 * launcher's {@code JAVA_OPTS}, or a coarser grid. The workflow has already removed the stage's
 * temporary folder when this is thrown, and finished stages are reused on the next run.
 */
public final class OutOfMemoryException extends DunefrontException {
    private static final long serialVersionUID = 1L;

    /** Exit code for a stage that exhausted the Java heap. */
    public static final int EXIT_OUT_OF_MEMORY = 5;

    public OutOfMemoryException(String stage, long maxHeapBytes, Throwable cause) {
        super(EXIT_OUT_OF_MEMORY, "stage " + stage,
                String.format(Locale.ROOT, "ran out of memory (Java heap limit %.1f GB)", maxHeapBytes / 1e9),
                "Give Java more heap, e.g. JAVA_OPTS=-Xmx" + suggestedHeapGb(maxHeapBytes)
                        + "g scripts/dunefront ..., or use a coarser grid (study.cellSizeM"
                        + (stage.equals("migrate") || stage.equals("plan") ? ", migrate.modelCellSizeM" : "")
                        + "). Nothing half-written was left; rerun to resume (finished stages are reused)", cause);
    }

    /**
     * A stage that checked its memory needs before starting and found they exceed the heap (nothing
     * was allocated or written yet).
     *
     * @param stage         stage name
     * @param neededBytes   the stage's estimated peak heap
     * @param maxHeapBytes  the JVM's heap ceiling ({@code Runtime.maxMemory()})
     * @param what          what needs it, e.g. "ranking 5000 x 5000 cells at 62 bytes per cell"
     */
    public OutOfMemoryException(String stage, long neededBytes, long maxHeapBytes, String what) {
        super(EXIT_OUT_OF_MEMORY, "stage " + stage,
                String.format(Locale.ROOT, "%s needs about %.2f GB of heap, the Java heap limit is %.2f GB", what,
                        neededBytes / 1e9, maxHeapBytes / 1e9),
                "Give Java more heap, e.g. JAVA_OPTS=-Xmx" + ((neededBytes + (1L << 30) - 1) / (1L << 30) + 1)
                        + "g scripts/dunefront ... (the machine must have that much free memory), or use a coarser "
                        + "grid (study.cellSizeM). Nothing was written; rerun to resume (finished stages are reused)", null);
    }

    /** Twice the current ceiling, rounded up to whole gigabytes. */
    static long suggestedHeapGb(long maxHeapBytes) {
        return Math.max(2, (long) Math.ceil(2.0 * maxHeapBytes / (1L << 30)));
    }
}
