package org.dunefront.grid;

/** Thrown when a {@link ProgressListener} asked an operation to stop. */
public final class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException(String where) {
        super("Cancelled" + (where == null || where.isEmpty() ? "" : " during: " + where));
    }
}
