package org.dunefront.workflow.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.dunefront.config.ConfigLoader;
import org.dunefront.config.DunefrontConfig;
import org.dunefront.terrain.ShelterIndexParams;
import org.dunefront.transport.StepLength;
import org.dunefront.transport.TransportParams;
import org.dunefront.wind.TransportLaw;
import org.dunefront.wind.WindRegimeParams;
import org.junit.jupiter.api.Test;

/** The configuration's drift/migrate sections agree with the science packages' parameter records. */
class ScienceMappingTest {

    @Test
    void configurationDefaultsAreTheScienceDefaults() {
        DunefrontConfig d = DunefrontConfig.defaults();
        assertEquals(WindRegimeParams.defaults(), ScienceMapping.windRegime(d.drift()));
        assertEquals(ShelterIndexParams.local(), ScienceMapping.localShelter(d.drift()));
        assertEquals(ShelterIndexParams.regional(), ScienceMapping.regionalShelter(d.drift()));
        assertEquals(TransportParams.builder().build(), ScienceMapping.transport(d, 1));
    }

    @Test
    void enumNamesMatch() {
        assertEquals(names(TransportLaw.values()), names(org.dunefront.config.TransportLaw.values()));
        assertEquals(names(org.dunefront.transport.VegetationModel.values()), names(org.dunefront.config.VegetationModel.values()));
        assertEquals(names(org.dunefront.wind.BedType.values()), names(org.dunefront.config.BedType.values()));
        assertEquals(names(org.dunefront.transport.BoundaryCondition.values()).stream().sorted().toList(),
                names(org.dunefront.config.BoundaryCondition.values()).stream().sorted().toList());
        assertEquals(names(StepLength.values()), names(org.dunefront.config.TimeStep.values()));
    }

    @Test
    void overridesReachTheScienceRecords() {
        DunefrontConfig c = ConfigLoader.fromYaml(null, "x", List.of("drift.transportLaw=KAWAMURA", "drift.thresholdWindKn=11.66",
                "migrate.timeStep=SEASONAL", "drift.grainDiameterMm=0.25"));
        assertEquals(TransportLaw.KAWAMURA, ScienceMapping.windRegime(c.drift()).transportLaw());
        assertEquals(11.66, ScienceMapping.windRegime(c.drift()).thresholdWindKn());
        TransportParams t = ScienceMapping.transport(c, 4);
        assertEquals(StepLength.SEASONAL, t.stepLength());
        assertEquals(TransportLaw.KAWAMURA, t.transportLaw(), "migrate uses the drift stage's flux law");
        assertEquals(0.25, t.sediment().grainDiameterMm());
    }

    @Test
    void shelterSectorsAndTheRegionalBlockComeFromTheDriftSection() {
        DunefrontConfig d = DunefrontConfig.defaults();
        assertEquals(8, ScienceMapping.localSectorShelter(d.drift()).sectors());
        assertEquals(1, ScienceMapping.localSectorShelter(d.drift()).blockCells(), "lee zones on the DEM itself");
        assertEquals(4, ScienceMapping.regionalSectorShelter(d.drift(), 30).blockCells(), "120 m / 30 m");
        assertEquals(3000, ScienceMapping.regionalSectorShelter(d.drift(), 30).scale().maxDistanceM());
        DunefrontConfig c = ConfigLoader.fromYaml(null, "x", List.of("drift.shelterSectors=16", "drift.regionalShelterCellM=0"));
        assertEquals(16, ScienceMapping.regionalSectorShelter(c.drift(), 30).sectors());
        assertEquals(1, ScienceMapping.regionalSectorShelter(c.drift(), 30).blockCells(), "0 m = the study grid");
        assertEquals(2, ScienceMapping.regionalSectorShelter(d.drift(), 50).blockCells(), "120 m / 50 m rounds to 2");
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
