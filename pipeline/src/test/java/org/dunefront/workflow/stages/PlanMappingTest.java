package org.dunefront.workflow.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.dunefront.config.ConfigLoader;
import org.dunefront.config.DunefrontConfig;
import org.dunefront.config.RankConfig;
import org.dunefront.error.ConfigurationException;
import org.dunefront.patch.Connectivity;
import org.dunefront.plan.BudgetUnit;
import org.dunefront.plan.PatchCriteria;
import org.dunefront.plan.Phase;
import org.dunefront.plan.PhaseRules;
import org.dunefront.plan.PlanParameters;
import org.dunefront.plan.RestorationAction;
import org.dunefront.ranking.Criterion;
import org.junit.jupiter.api.Test;

/** The configuration's rank/plan sections agree with the ranking helpers' parameter records. */
class PlanMappingTest {

    @Test
    void configurationDefaultsAreThePlanDefaults() {
        DunefrontConfig d = DunefrontConfig.defaults();
        assertEquals(PlanParameters.defaults(), PlanMapping.planParameters(d));
        assertEquals(PhaseRules.defaults(), PlanMapping.phaseRules(d.plan()));
    }

    @Test
    void criteriaAndActionIdsMatch() {
        assertEquals(PatchCriteria.CRITERIA.stream().map(Criterion::id).toList(), RankConfig.CRITERIA);
        assertEquals(Arrays.stream(RestorationAction.values()).map(RestorationAction::id).toList(), RankConfig.ACTIONS);
    }

    @Test
    void overridesReachThePlanRecords() {
        DunefrontConfig c = ConfigLoader.fromYaml(null, "x", List.of("rank.diagonalConnectivity=true", "rank.minPatchHa=7",
                "rank.costPerHa.shrub-saline=9999", "plan.budgetPerPhase[1]=1234", "plan.budgetUnit=cost_cny"));
        PlanParameters p = PlanMapping.planParameters(c);
        assertEquals(Connectivity.EIGHT, p.connectivity());
        assertEquals(7.0, p.minimumMappingUnitHa());
        assertEquals(9999.0, p.costs().perHaCny(RestorationAction.SHRUB_SALINE));
        PhaseRules r = PlanMapping.phaseRules(c.plan());
        assertEquals(1234.0, r.budget(Phase.PHASE_2));
        assertEquals(2000.0, r.budget(Phase.PHASE_1));
        assertEquals(BudgetUnit.COST_CNY, r.budgetUnit());
    }

    @Test
    void weightsNotSummingToOneAreAConfigurationErrorNamingTheKey() {
        DunefrontConfig c = ConfigLoader.fromYaml(null, "x", List.of("rank.weights.slope=0.3"));
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> PlanMapping.planParameters(c));
        assertEquals("rank.weights", e.subject());
        assertTrue(e.getMessage().contains("sum to"), e.getMessage());
    }

    @Test
    void anInconsistentAhpMatrixNamesTheKeyAndItsConsistencyRatio() {
        String m = "rank.ahpMatrix=[[1,9,9,9,9,9],[0.1111,1,9,9,9,9],[0.1111,0.1111,1,9,9,9],[0.1111,0.1111,0.1111,1,9,9],"
                + "[0.1111,0.1111,0.1111,0.1111,1,0.1111],[0.1111,0.1111,0.1111,0.1111,9,1]]";
        DunefrontConfig c = ConfigLoader.fromYaml(null, "x", List.of(m));
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> PlanMapping.planParameters(c));
        assertEquals("rank.ahpMatrix", e.subject());
        assertTrue(e.getMessage().contains("consistency ratio"), e.getMessage());
    }
}
