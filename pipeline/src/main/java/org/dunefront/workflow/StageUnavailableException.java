package org.dunefront.workflow;

import org.dunefront.error.DunefrontException;

/** A stage whose implementation has not landed in this build (exit code 1). */
public final class StageUnavailableException extends DunefrontException {
    private static final long serialVersionUID = 1L;

    public StageUnavailableException(String stage, String missing) {
        super(EXIT_INTERNAL, "", "stage " + stage + " is not available yet in this build (" + missing + ")",
                "Run only the stages before it, or use a build that includes it", null);
    }
}
