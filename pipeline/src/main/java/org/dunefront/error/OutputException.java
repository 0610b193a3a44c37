package org.dunefront.error;

/**
 * An output file cannot be created or written: unwritable or missing directory, disk full, file
 * too large for the chosen format. The subject is the output path.
 *
 * <p>Exit code 3 ({@link #EXIT_INPUT}), like bad input data: in both cases the run stopped
 * because of the analyst's files or folders, not a bug, and the message says what to change.
 */
public class OutputException extends DunefrontException {
    private static final long serialVersionUID = 1L;

    public OutputException(String file, String problem, String fix, Throwable cause) {
        super(EXIT_INPUT, file, problem, fix, cause);
    }
}
