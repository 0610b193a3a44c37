package org.dunefront.error;

/** A bad command-line argument or configuration value (exit code 2). The subject is the key. */
public class ConfigurationException extends DunefrontException {
    private static final long serialVersionUID = 1L;

    public ConfigurationException(String key, String problem, String fix) {
        super(EXIT_USAGE, key, problem, fix, null);
    }
}
