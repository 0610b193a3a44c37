package org.dunefront.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.dunefront.error.ConfigurationException;
import org.dunefront.error.DunefrontException;
import org.junit.jupiter.api.Test;

/** Loading, overriding and validating the YAML configuration. */
class ConfigLoaderTest {

    private static ConfigurationException fails(String yaml, String... overrides) {
        return assertThrows(ConfigurationException.class, () -> ConfigLoader.fromYaml(yaml, "plan.yaml", List.of(overrides)));
    }

    @Test
    void defaultsComeFromTheParamAnnotations() {
        DunefrontConfig d = DunefrontConfig.defaults();
        assertEquals(12.0, d.drift().thresholdWindKn());
        assertEquals(0.2, d.drift().grainDiameterMm());
        assertEquals(TimeStep.MONTHLY, d.migrate().timeStep());
        assertEquals(List.of(2000.0, 3000.0, 5000.0), d.plan().budgetPerPhase());
        assertEquals(18000.0, d.rank().costPerHa().get("mountain-barrier"));
        assertEquals("", d.study().aoi());
    }

    @Test
    void templateListsEveryParameterWithUnitDefaultAndRangeAndLoadsBackToTheDefaults() {
        String t = ConfigYaml.template();
        for (ParamSpec p : ConfigSchema.params()) {
            assertTrue(t.contains("  " + p.name() + ": "), p.key());
            assertTrue(t.contains(p.meta().description()), p.key());
        }
        assertTrue(t.contains("# unit: kn | default: 12 | range: [1, 60] kn"), t);
        assertTrue(t.contains("one of: BAGNOLD, KAWAMURA, LETTAU, DURAN_KOK"));
        assertEquals(DunefrontConfig.defaults(), ConfigLoader.fromYaml(t, "template", List.of()));
    }

    @Test
    void resolvedConfigurationRoundTrips() {
        DunefrontConfig c = ConfigLoader.fromYaml("drift:\n  transportLaw: kawamura\n", "plan.yaml",
                List.of("plan.budgetPerPhase=1e3,2e3,4e3", "rank.costPerHa.mountain-barrier=5000", "study.legendMapping.31=BARE_SAND",
                        "plan.budgetPerPhase[2]=4500"));
        assertEquals(TransportLaw.KAWAMURA, c.drift().transportLaw());
        assertEquals(List.of(1e3, 2e3, 4500.0), c.plan().budgetPerPhase());
        assertEquals(5000.0, c.rank().costPerHa().get("mountain-barrier"));
        assertEquals(15000.0, c.rank().costPerHa().get("shrub-saline"), "other map entries kept");
        assertEquals(Map.of("31", "BARE_SAND"), c.study().legendMapping());
        String yaml = ConfigYaml.write(c);
        assertEquals(c, ConfigLoader.fromYaml(yaml, "resolved", List.of()));
        assertEquals(yaml, ConfigYaml.write(ConfigLoader.fromYaml(yaml, "resolved", List.of())), "writing is deterministic");
    }

    @Test
    void setOverridesTheFileAndLaterSetsWin() {
        DunefrontConfig c = ConfigLoader.fromYaml("drift:\n  thresholdWindKn: 10\n", "plan.yaml",
                List.of("drift.thresholdWindKn=11", "drift.thresholdWindKn=11.66", "rank.diagonalConnectivity=true"));
        assertEquals(11.66, c.drift().thresholdWindKn());
        assertTrue(c.rank().diagonalConnectivity());
    }

    @Test
    void unknownKeysAreRejectedWithTheNearestValidKey() {
        ConfigurationException e = fails("drift:\n  thresholdWind: 12\n");
        assertEquals("drift.thresholdWind", e.subject());
        assertTrue(e.getMessage().contains("Did you mean 'drift.thresholdWindKn'"), e.getMessage());
        assertEquals(DunefrontException.EXIT_USAGE, e.exitCode());
        assertTrue(fails("drfit:\n  thresholdWindKn: 12\n").getMessage().contains("'drift'"));
        assertTrue(fails(null, "migrate.horizonYear=5").getMessage().contains("'migrate.horizonYears'"));
        assertTrue(fails(null, "migrate.thresholdWindKn=5").getMessage().contains("'drift.thresholdWindKn'"),
                "a parameter in the wrong section finds its section");
    }

    @Test
    void outOfRangeValuesNameTheKeyTheRangeAndTheSource() {
        ConfigurationException e = fails("drift:\n  grainDiameterMm: 5\n");
        assertEquals("drift.grainDiameterMm", e.subject());
        assertTrue(e.getMessage().contains("5 mm is outside the allowed range [0.05, 2] mm (in plan.yaml)"), e.getMessage());
        ConfigurationException s = fails(null, "migrate.horizonYears=0");
        assertTrue(s.getMessage().contains("migrate.horizonYears: 0 years is outside the allowed range [1, 500] years"), s.getMessage());
        assertTrue(fails(null, "plan.budgetPerPhase=1e3,-5,1").getMessage().contains("plan.budgetPerPhase: -5"));
        assertTrue(fails(null, "plan.budgetPerPhase[3]=1").getMessage().contains("no such element: the list has 3 elements"));
        assertTrue(fails(null, "plan.budgetPerPhase=1,2").getMessage().contains("expected 3 budgets"));
    }

    @Test
    void wrongTypesAndChoicesAreExplained() {
        assertTrue(fails("drift:\n  transportLaw: SOMETHING\n").getMessage()
                .contains("expected one of BAGNOLD, KAWAMURA, LETTAU, DURAN_KOK"));
        assertTrue(fails(null, "migrate.horizonYears=2.5").getMessage().contains("not a whole number"));
        assertTrue(fails(null, "drift.thresholdWindKn=fast").getMessage().contains("'fast' is not a number"));
        assertTrue(fails(null, "rank.diagonalConnectivity=maybe").getMessage().contains("true or false"));
        assertTrue(fails(null, "drift.thresholdWindKn").getMessage().contains("key=value"));
        assertTrue(fails("- a\n- b\n").getMessage().contains("mapping of sections"));
        assertTrue(fails("drift: [\n").getMessage().contains("not valid YAML"));
    }

    @Test
    void crossFieldChecksInRecordsNameTheKey() {
        ConfigurationException e = fails(null, "drift.shelterDistanceM=9000");
        assertEquals("drift.shelterDistanceM", e.subject());
        assertTrue(e.getMessage().contains("must not exceed regionalShelterDistanceM"), e.getMessage());
        ConfigurationException s = fails(null, "drift.shelterSectors=6");
        assertEquals("drift.shelterSectors", s.subject());
        assertTrue(s.getMessage().contains("6 is not 4, 8 or 16"), s.getMessage());
        assertTrue(fails(null, "drift.shelterSectors=32").getMessage().contains("[4, 16]"));
        ConfigurationException m = fails(null, "rank.ahpMatrix=[[1, 3], [0.333, 1]]");
        assertEquals("rank.ahpMatrix", m.subject());
        assertTrue(m.getMessage().contains("expected a 6 x 6 matrix"), m.getMessage());
        ConfigurationException r = fails(null, "rank.ahpMatrix=[[1,3,1,1,1,1],[3,1,1,1,1,1],[1,1,1,1,1,1],[1,1,1,1,1,1],[1,1,1,1,1,1],[1,1,1,1,1,1]]");
        assertTrue(r.getMessage().contains("not reciprocal at row 1, column 2"), r.getMessage());
        assertTrue(fails(null, "rank.costPerHa.planting=1").getMessage().contains("rank.costPerHa: unknown entry 'planting'"));
        assertTrue(fails(null, "rank.overlapPriority=shrub-saline").getMessage().contains("every action exactly once"));
        ConfigurationException b = fails(null, "drift.bulkDensityKgM3=2000", "drift.grainDensityKgM3=1500");
        assertEquals("drift.bulkDensityKgM3", b.subject());
        ConfigurationException a = fails(null, "migrate.arrivalThresholdM=3");
        assertTrue(a.getMessage().contains("migrate.arrivalThresholdM: 3 m is not below initialSandThicknessM (2 m)"), a.getMessage());
        DunefrontConfig ok = ConfigLoader.fromYaml(null, "x", List.of(
                "rank.ahpMatrix=[[1,3,1,1,1,1],[0.3333,1,1,1,1,1],[1,1,1,1,1,1],[1,1,1,1,1,1],[1,1,1,1,1,1],[1,1,1,1,1,1]]"));
        assertEquals(List.of(1.0, 3.0, 1.0, 1.0, 1.0, 1.0), ok.rank().ahpMatrix().get(0));
    }

    @Test
    void nearestKeyUsesEditDistance() {
        assertEquals(3, ConfigSchema.levenshtein("kitten", "sitting"));
        assertEquals("plan.budgetUnit", ConfigSchema.nearestKey("plan.budgetunit"));
        assertEquals("rank.minPatchHa", ConfigSchema.nearestKey("rank.minPatchHectares"));
    }
}
