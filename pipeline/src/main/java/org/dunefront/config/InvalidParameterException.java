package org.dunefront.config;

/**
 * Thrown by a section record's compact constructor when a combination of values is invalid;
 * {@link ConfigLoader} turns it into a {@link org.dunefront.error.ConfigurationException} naming
 * {@code section.parameter}.
 */
public final class InvalidParameterException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String parameter;
    private final String problem;
    private final String fix;

    public InvalidParameterException(String parameter, String problem, String fix) {
        super(parameter + ": " + problem + ". " + fix);
        this.parameter = parameter;
        this.problem = problem;
        this.fix = fix;
    }

    public String parameter() { return parameter; }
    public String problem() { return problem; }
    public String fix() { return fix; }
}
