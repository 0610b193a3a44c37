package org.dunefront.error;

/**
 * Base of the errors reported to users. The message reads
 * "{subject}: {problem}. {fix}" so that it names the file (or configuration key), what is wrong
 * and what to do.
 */
public class DunefrontException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Exit code for internal failures (bugs). */
    public static final int EXIT_INTERNAL = 1;
    /** Exit code for command-line or configuration errors. */
    public static final int EXIT_USAGE = 2;
    /** Exit code for bad input data. */
    public static final int EXIT_INPUT = 3;
    /** Exit code for a cancelled run. */
    public static final int EXIT_CANCELLED = 4;

    private final String subject;
    private final String problem;
    private final String fix;
    private final int exitCode;

    public DunefrontException(int exitCode, String subject, String problem, String fix, Throwable cause) {
        super(format(subject, problem, fix), cause);
        this.exitCode = exitCode;
        this.subject = subject == null ? "" : subject;
        this.problem = problem == null ? "" : problem;
        this.fix = fix == null ? "" : fix;
    }

    static String format(String subject, String problem, String fix) {
        StringBuilder sb = new StringBuilder();
        if (subject != null && !subject.isEmpty()) sb.append(subject).append(": ");
        sb.append(problem);
        if (fix != null && !fix.isEmpty()) {
            if (!problem.endsWith(".")) sb.append('.');
            sb.append(' ').append(fix);
        }
        return sb.toString();
    }

    public int exitCode() { return exitCode; }
    public String subject() { return subject; }
    public String problem() { return problem; }
    public String fix() { return fix; }
}
