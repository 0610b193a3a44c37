package org.dunefront.error;

/** Bad, unsupported, missing or inconsistent input data (exit code 3). */
public class InputDataException extends DunefrontException {
    private static final long serialVersionUID = 1L;

    public InputDataException(String file, String problem, String fix) {
        super(EXIT_INPUT, file, problem, fix, null);
    }

    public InputDataException(String file, String problem, String fix, Throwable cause) {
        super(EXIT_INPUT, file, problem, fix, cause);
    }
}
