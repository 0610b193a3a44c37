package org.dunefront.workflow.stages;

import org.dunefront.config.DriftConfig;
import org.dunefront.config.DunefrontConfig;
import org.dunefront.config.MigrateConfig;
import org.dunefront.error.ConfigurationException;
import org.dunefront.terrain.SectorShelterParams;
import org.dunefront.terrain.ShelterIndexParams;
import org.dunefront.transport.BoundaryCondition;
import org.dunefront.transport.StepLength;
import org.dunefront.transport.TransportParams;
import org.dunefront.transport.VegetationModel;
import org.dunefront.wind.BedType;
import org.dunefront.wind.SedimentParams;
import org.dunefront.wind.TransportLaw;
import org.dunefront.wind.WindRegimeParams;

/**
 * Maps the {@code drift} and {@code migrate} configuration sections onto the science packages'
 * parameter records ({@code wind}, {@code terrain}, {@code transport}). The flux law, sediment and
 * reference roughness come from {@code drift} for both stages, so drift and migrate always agree.
 */
public final class ScienceMapping {
    /** Rows per parallel task of the transport model (never changes results). */
    static final int ROWS_PER_TASK = 64;

    private ScienceMapping() { }

    public static SedimentParams sediment(DriftConfig d) {
        return wrap("drift", () -> new SedimentParams(d.grainDiameterMm(), d.grainDensityKgM3(), d.airDensityKgM3(), 9.81,
                d.thresholdCoefficientA(), d.bulkDensityKgM3()));
    }

    public static WindRegimeParams windRegime(DriftConfig d) {
        return wrap("drift", () -> new WindRegimeParams(d.thresholdWindKn(), TransportLaw.valueOf(d.transportLaw().name()),
                sediment(d), d.roughnessLengthM(), BedType.valueOf(d.bedType().name())));
    }

    /** Local lee-zone shelter index. */
    public static ShelterIndexParams localShelter(DriftConfig d) {
        return wrap("drift.shelterDistanceM", () -> new ShelterIndexParams(d.shelterDistanceM(), d.shelterFanHalfWidthDeg(),
                d.shelterFanStepDeg(), 0));
    }

    /** Mountain-blocking shelter index. */
    public static ShelterIndexParams regionalShelter(DriftConfig d) {
        return wrap("drift.regionalShelterDistanceM", () -> new ShelterIndexParams(d.regionalShelterDistanceM(),
                d.shelterFanHalfWidthDeg(), d.shelterFanStepDeg(), 0));
    }

    /** Local lee zones per wind sector ({@code drift.shelterSectors}), on the study grid itself. */
    public static SectorShelterParams localSectorShelter(DriftConfig d) {
        return wrap("drift.shelterSectors", () -> new SectorShelterParams(localShelter(d), d.shelterSectors(), 1));
    }

    /**
     * Mountain blocking per wind sector, on the DEM block-averaged to {@code drift.regionalShelterCellM}:
     * B = round(regionalShelterCellM / cell size), at least 1 (0 m = the study grid), at most 64.
     */
    public static SectorShelterParams regionalSectorShelter(DriftConfig d, double cellSizeM) {
        int b = (int) Math.max(1, Math.min(64, Math.round(d.regionalShelterCellM() / cellSizeM)));
        return wrap("drift.regionalShelterCellM", () -> new SectorShelterParams(regionalShelter(d), d.shelterSectors(), b));
    }

    /** {@code migrate} (+ the flux law, sediment and roughness of {@code drift}) → {@link TransportParams}. */
    public static TransportParams transport(DunefrontConfig c, int threads) {
        DriftConfig d = c.drift();
        MigrateConfig m = c.migrate();
        return wrap("migrate", () -> TransportParams.builder()
                .transportLaw(TransportLaw.valueOf(d.transportLaw().name()))
                .vegetationModel(VegetationModel.valueOf(d.vegetationModel().name()))
                .sediment(sediment(d))
                .referenceRoughnessM(d.roughnessLengthM())
                .representativeWind10mMps(m.representativeWind10mMps())
                .horizonYears(m.horizonYears())
                .stepLength(StepLength.valueOf(m.timeStep().name()))
                .boundary(BoundaryCondition.valueOf(m.boundary().name()))
                .initialSandThicknessM(m.initialSandThicknessM())
                .arrivalThresholdM(m.arrivalThresholdM())
                .leeShelterThresholdDeg(m.leeShelterThresholdDeg())
                .regionalShelterThresholdDeg(m.regionalShelterThresholdDeg())
                .shadowAngleDeg(m.shadowAngleDeg())
                .slipFaceMinHeightM(m.slipFaceMinHeightM())
                .cflNumber(m.cflNumber())
                .duneHeightM(m.duneHeightM())
                .threads(Math.max(1, Math.min(256, threads)))
                .rowsPerTask(ROWS_PER_TASK)
                .build());
    }

    private static <T> T wrap(String key, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(key, e.getMessage(), "See 'dunefront config --template' for the allowed values");
        }
    }
}
