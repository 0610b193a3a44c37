package org.dunefront.workflow;

/**
 * Names of the key numbers that stages put in their {@link StageResult} and sweeps read back
 * into {@code runs.csv}. Stages prefix nothing: the workflow stores results per stage.
 */
public final class KeyResults {
    private KeyResults() { }

    /** migrate: volume of sand deposited on asset cells (farmland, settlements, roads) over the horizon, m³. */
    public static final String SAND_REACHING_ASSETS_M3 = "sandReachingAssetsM3";
    /** migrate: median advance of the desert front over the horizon, m. */
    public static final String MEDIAN_FRONT_ADVANCE_M = "medianFrontAdvanceM";
    /** plan: hectares treated in phase n (1-based) = this prefix + n, e.g. {@code hectaresPhase1}. */
    public static final String HECTARES_PHASE_PREFIX = "hectaresPhase";

    public static String hectaresPhase(int phase) {
        return HECTARES_PHASE_PREFIX + phase;
    }
}
