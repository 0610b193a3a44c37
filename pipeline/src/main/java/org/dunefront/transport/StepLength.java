package org.dunefront.transport;

/** Length of the model's output step; each step may be split into CFL sub-steps. */
public enum StepLength {
    MONTHLY(12), SEASONAL(4);

    private final int perYear;

    StepLength(int perYear) {
        this.perYear = perYear;
    }

    public int stepsPerYear() {
        return perYear;
    }
}
