package org.dunefront.legend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dunefront.error.ConfigurationException;
import org.junit.jupiter.api.Test;

class LegendFilesTest {
    private static final String ONE_CLASS = """
            legend: t
            noDataCode: 0
            classes:
              - code: 1
                id: mobile_sand
                name: Sand
                colour: "#f3d9a4"
                vegetationCover: 0.02
                roughnessLengthM: 0.0001
                surface: ERODIBLE
                assetValue: 0
                flags: [mobileSand]
            """;

    @Test
    void defaultLegendHoldsThePlanClassesWithTheirProperties() {
        Legend l = LegendFiles.defaultLegend();
        Set<String> ids = l.classes().stream().map(LandCoverClass::id).collect(Collectors.toSet());
        assertEquals(Set.of("bare_rock", "sparse_grassland", "grassland", "saline_alkali", "wetland", "water",
                "farmland", "settlement", "industrial_mining", "solar_park", "road", "shrubland", "forest",
                "shelterbelt", "mobile_sand", "gobi"), ids);
        assertEquals(0, l.noDataCode());
        LandCoverClass farm = l.require("farmland");
        assertEquals(7, farm.code());
        assertEquals(0.05, farm.roughnessLengthM());
        assertEquals(SurfaceType.ASSET_TRAP, farm.surface());
        assertEquals(Set.of(LandCoverFlag.FARMLAND), farm.flags());
        assertEquals(0xFFF5C242, farm.argb());
        LandCoverClass sand = l.require("mobile_sand");
        assertEquals(1e-4, sand.roughnessLengthM());
        assertEquals(SurfaceType.ERODIBLE, sand.surface());
        assertTrue(sand.has(LandCoverFlag.MOBILE_SAND));
        assertEquals(SurfaceType.NON_ERODIBLE, l.require("gobi").surface());
        assertEquals(1e-3, l.require("gobi").roughnessLengthM());
        assertEquals("城镇/居民点", l.require("settlement").nameZh());
        for (String asset : List.of("farmland", "settlement", "road", "industrial_mining", "solar_park")) {
            assertTrue(l.require(asset).assetValue() > 0, asset);
        }
        assertEquals(0.0, l.require("mobile_sand").assetValue());
        // sparse grassland 5-20 %, grassland 20-50 % as the plan defines them
        double sparse = l.require("sparse_grassland").vegetationCover();
        double grass = l.require("grassland").vegetationCover();
        assertTrue(sparse >= 0.05 && sparse < 0.20 && grass >= 0.20 && grass <= 0.50);
        assertTrue(l.require("saline_alkali").has(LandCoverFlag.SALINE));
        assertTrue(l.require("shelterbelt").has(LandCoverFlag.SHELTERBELT));
        assertEquals(Set.of(LandCoverFlag.MOBILE_SAND, LandCoverFlag.SAND_SEA), sand.flags());
        assertTrue(l.require("road").has(LandCoverFlag.ROAD) && l.require("sparse_grassland").has(LandCoverFlag.DEGRADED));
        // palette indexed by code, category names likewise
        assertEquals(0xFFF5C242, l.palette().get(7));
        assertEquals(0, l.palette().get(0));
        assertEquals("Farmland", l.categoryNames().get(7));
        assertEquals(17, l.palette().size());
        double[] z0 = l.table(LandCoverClass::roughnessLengthM, Double.NaN);
        assertEquals(1.0, z0[8]);
        assertTrue(Double.isNaN(z0[0]));
    }

    @Test
    void minimalLegendParses() {
        Legend l = LegendFiles.parseLegend(ONE_CLASS, "t.yaml");
        assertEquals(1, l.classes().size());
        assertEquals("#f3d9a4", l.classes().get(0).hexColour());
    }

    @Test
    void duplicateCodeIsRejectedNamingFileKeyAndFix() {
        String yaml = ONE_CLASS + ONE_CLASS.substring(ONE_CLASS.indexOf("  - code")).replace("mobile_sand", "dune");
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> LegendFiles.parseLegend(yaml, "my.yaml"));
        assertEquals("my.yaml: classes[1] (dune).code: duplicate code 1 (also used by class 'mobile_sand'). "
                + "Give every class its own code", e.getMessage());
        assertEquals(2, e.exitCode());
    }

    @Test
    void missingPropertyIsNamed() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> LegendFiles.parseLegend(ONE_CLASS.replace("    roughnessLengthM: 0.0001\n", ""), "my.yaml"));
        assertEquals("my.yaml: classes[0] (mobile_sand).roughnessLengthM", e.subject());
        assertTrue(e.getMessage().contains("required property 'roughnessLengthM' is missing"), e.getMessage());
    }

    @Test
    void outOfRangeValuesAreRejected() {
        ConfigurationException cover = assertThrows(ConfigurationException.class,
                () -> LegendFiles.parseLegend(ONE_CLASS.replace("vegetationCover: 0.02", "vegetationCover: 35"), "a.yaml"));
        assertEquals("a.yaml: classes[0] (mobile_sand).vegetationCover", cover.subject());
        assertTrue(cover.problem().contains("outside 0..1"));
        ConfigurationException z0 = assertThrows(ConfigurationException.class,
                () -> LegendFiles.parseLegend(ONE_CLASS.replace("roughnessLengthM: 0.0001", "roughnessLengthM: 0"), "a.yaml"));
        assertTrue(z0.problem().contains("roughness length 0.0 m is not in (0, 10] m"), z0.problem());
        ConfigurationException surf = assertThrows(ConfigurationException.class,
                () -> LegendFiles.parseLegend(ONE_CLASS.replace("ERODIBLE", "SANDY"), "a.yaml"));
        assertTrue(surf.getMessage().contains("unknown surface type 'SANDY'"));
        ConfigurationException col = assertThrows(ConfigurationException.class,
                () -> LegendFiles.parseLegend(ONE_CLASS.replace("\"#f3d9a4\"", "yellow"), "a.yaml"));
        assertEquals("a.yaml: classes[0] (mobile_sand).colour", col.subject());
        ConfigurationException flag = assertThrows(ConfigurationException.class,
                () -> LegendFiles.parseLegend(ONE_CLASS.replace("[mobileSand]", "[dunes]"), "a.yaml"));
        assertTrue(flag.problem().contains("unknown flag 'dunes'"));
        ConfigurationException code = assertThrows(ConfigurationException.class,
                () -> LegendFiles.parseLegend(ONE_CLASS.replace("code: 1", "code: 300"), "a.yaml"));
        assertTrue(code.problem().contains("not an integer in 0..255"));
        ConfigurationException nd = assertThrows(ConfigurationException.class,
                () -> LegendFiles.parseLegend(ONE_CLASS.replace("code: 1", "code: 0"), "a.yaml"));
        assertTrue(nd.problem().contains("noDataCode"));
        ConfigurationException bad = assertThrows(ConfigurationException.class,
                () -> LegendFiles.parseLegend("classes: [\n", "b.yaml"));
        assertTrue(bad.getMessage().startsWith("b.yaml: invalid YAML"), bad.getMessage());
    }

    @Test
    void missingFileIsAnInputError() {
        var e = assertThrows(org.dunefront.error.InputDataException.class,
                () -> LegendFiles.load(java.nio.file.Path.of("/nonexistent/legend.yaml")));
        assertEquals(3, e.exitCode());
        assertEquals("/nonexistent/legend.yaml", e.subject());
    }
}
