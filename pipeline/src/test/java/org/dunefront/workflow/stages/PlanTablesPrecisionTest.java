package org.dunefront.workflow.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dunefront.plan.Phase;
import org.dunefront.plan.PlanPatch;
import org.dunefront.plan.PlanSummary;
import org.dunefront.plan.RestorationAction;
import org.dunefront.plan.ScheduledPatch;
import org.junit.jupiter.api.Test;

/**
 * summary.csv and priorities.csv print rounded numbers (ha 2 decimals, CNY whole, m³/yr 1 decimal,
 * scores 4 decimals; half up from the shortest decimal form), the same bytes whatever the default locale. Expected strings are worked out by hand
 * from the decimal inputs.
 */
class PlanTablesPrecisionTest {

    private static PlanPatch patch(int id, RestorationAction a, double ha, double cny, double score, int rank,
                                   double sandM3PerYr, double assets) {
        return new PlanPatch(id, a, 1, ha, cny, new double[6], score, rank, rank, sandM3PerYr, assets, 1000);
    }

    /**
     * Phase 1 sand-fixing shrubs: patches of 1000.11 ha and 42 ha (double sum 1042.1100000000001, the
     * defect's value), 0.1 ha of saline shrubs in Phase 1 and 0.2 ha unscheduled.
     */
    private static List<ScheduledPatch> schedule() {
        Optional<Phase> p1 = Optional.of(Phase.PHASE_1);
        return List.of(
                new ScheduledPatch(patch(1, RestorationAction.SHRUB_SAND_FIXATION, 1000.11, 1_234_567.4, 2.0 / 3, 1, 0.05, -0.01), p1),
                new ScheduledPatch(patch(2, RestorationAction.SHRUB_SAND_FIXATION, 42.0, 0.5, 0.125, 2, 0.1, 0.02), p1),
                new ScheduledPatch(patch(3, RestorationAction.SHRUB_SALINE, 0.1, 10.2, 1e-5, 3, 1234.56, 7), p1),
                new ScheduledPatch(patch(4, RestorationAction.SHRUB_SALINE, 0.2, 10.3, 0.99994, 4, 0.04, 0), Optional.empty()));
    }

    @Test
    void summaryRowsAreRoundedPerUnit() {
        assertEquals(1042.1100000000001, 1000.11 + 42.0, "the raw double sum the CSV used to print");
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY); // a comma-decimal locale must not leak into the CSV
            String csv = PlanStage.summaryCsv(PlanSummary.of(schedule()));
            assertEquals(PlanStage.SUMMARY_HEADER + "\n"
                    // 1000.11 + 42.0 ha; 1234567.4 + 0.5 CNY = 1234567.9 → 1234568; 0.05 + 0.1 m³/yr = 0.15 → 0.2 (half up);
                    // -0.01 + 0.02 = 0.01 → 0.0
                    + "1,shrub-sand-fixation,2,1042.11,1234568,0.2,0.0\n"
                    // 0.1 ha (patch 4 is unscheduled); 10.2 CNY → 10; 1234.56 → 1234.6
                    + "1,shrub-saline,1,0.10,10,1234.6,7.0\n"
                    // unscheduled: phase empty; 10.3 CNY → 10; 0.04 → 0.0
                    + ",shrub-saline,1,0.20,10,0.0,0.0\n", csv);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void prioritiesRoundAreaCostAndScore() {
        List<String> rows = PlanStage.prioritiesCsv(schedule()).lines().toList();
        assertEquals(PlanOutputs.PRIORITIES_HEADER + ",cost_cny,score,phase_label", rows.get(0));
        // 2/3 → 0.6667; 0.125 → 0.1250; 1e-5 → 0.0000; 0.99994 → 0.9999
        assertEquals("1,1,1,shrub-sand-fixation,1000.11,1234567,0.6667,\"Phase 1d — sand-fixing shrubs\"", rows.get(1));
        assertEquals("2,2,1,shrub-sand-fixation,42.00,1,0.1250,\"Phase 1d — sand-fixing shrubs\"", rows.get(2));
        assertEquals("3,3,1,shrub-saline,0.10,10,0.0000,\"Phase 1a — saline-alkali shrubs\"", rows.get(3));
        assertEquals("4,4,0,shrub-saline,0.20,10,0.9999,\"Unscheduled — saline-alkali shrubs\"", rows.get(4));
    }

    @Test
    void formatsNeverPrintNegativeZeroAndRoundHalfUpFromTheExactDouble() {
        assertEquals("0.00", TableNumbers.HECTARES.format(-0.001));
        assertEquals("-0.01", TableNumbers.HECTARES.format(-0.006));
        assertEquals("0.0", TableNumbers.CUBIC_METRES.format(-0.0));
        assertEquals("2", TableNumbers.CNY.format(1.5));
        assertEquals("1.01", TableNumbers.HECTARES.format(1.005), "half up from the shortest decimal form 1.005, "
                + "although the double is 1.00499999999999989...");
        assertEquals("1234567.90", TableNumbers.HECTARES.format(1234567.9), "no grouping, no exponent");
        assertEquals("100000000000", TableNumbers.CNY.format(1e11), "no exponent");
        assertEquals("12.5", TableNumbers.YEARS.format(12.45000001));
        assertEquals(0.005, TableNumbers.HECTARES.halfUnit(), 1e-15);
        assertEquals(0.5, TableNumbers.CNY.halfUnit(), 0);
    }
}
