package org.dunefront.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dunefront.error.ConfigurationException;
import org.junit.jupiter.api.Test;

/** {@code output.deflateLevel}: default, accepted values, and the errors naming key, problem and fix. */
class OutputDeflateLevelConfigTest {

    @Test
    void defaultIsTwoAndEveryLevelFromOneToNineIsAccepted() {
        assertEquals(2, DunefrontConfig.defaults().output().deflateLevel());
        for (int level = 1; level <= 9; level++) {
            DunefrontConfig c = ConfigLoader.fromYaml(null, "defaults", List.of("output.deflateLevel=" + level));
            assertEquals(level, c.output().deflateLevel());
        }
        DunefrontConfig fromYaml = ConfigLoader.fromYaml("output:\n  deflateLevel: 6\n", "plan.yaml", List.of());
        assertEquals(6, fromYaml.output().deflateLevel());
    }

    @Test
    void outOfRangeLevelsNameTheKeyTheRangeAndTheFix() {
        for (String bad : List.of("0", "10", "-1")) {
            ConfigurationException e = assertThrows(ConfigurationException.class,
                    () -> ConfigLoader.fromYaml(null, "defaults", List.of("output.deflateLevel=" + bad)));
            assertEquals("output.deflateLevel", e.subject());
            assertTrue(e.problem().startsWith(bad + " is outside the allowed range"), e.problem());
            assertTrue(e.problem().contains("from --set output.deflateLevel=" + bad), e.problem());
            assertEquals("Use a value from 1 to 9 (default 2)", e.fix());
            assertEquals(2, e.exitCode());
        }
    }

    @Test
    void nonIntegerLevelsAreRefusedWithWhereTheyCameFrom() {
        ConfigurationException fraction = assertThrows(ConfigurationException.class,
                () -> ConfigLoader.fromYaml("output:\n  deflateLevel: 2.5\n", "plan.yaml", List.of()));
        assertEquals("output.deflateLevel", fraction.subject());
        assertTrue(fraction.problem().contains("2.5 is not a whole number (in plan.yaml)"), fraction.problem());
        ConfigurationException word = assertThrows(ConfigurationException.class,
                () -> ConfigLoader.fromYaml(null, "defaults", List.of("output.deflateLevel=fast")));
        assertTrue(word.problem().contains("'fast' is not a number"), word.problem());
        assertTrue(word.fix().contains("Default: 2"), word.fix());
        ConfigurationException typo = assertThrows(ConfigurationException.class,
                () -> ConfigLoader.fromYaml(null, "defaults", List.of("output.deflatelevel=1")));
        assertTrue(typo.fix().contains("output.deflateLevel"), typo.fix());
    }
}
