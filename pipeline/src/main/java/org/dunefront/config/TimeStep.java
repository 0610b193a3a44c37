package org.dunefront.config;

/** Time step of the dune-migration simulation. */
public enum TimeStep {
    MONTHLY(12), SEASONAL(4);

    private final int stepsPerYear;

    TimeStep(int stepsPerYear) { this.stepsPerYear = stepsPerYear; }

    public int stepsPerYear() { return stepsPerYear; }
}
