package org.dunefront.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dunefront.grid.CancelledException;
import org.dunefront.grid.ProgressListener;
import org.junit.jupiter.api.Test;

/** Progress, cancellation, validation and seasonal flux periods of the transport run. */
class SandTransportContractTest {

    private static SandTransportInput.Builder small() {
        int n = 6 * 4;
        return SandTransportInput.builder(6, 4, 10, 10)
                .surface(TransportFixtures.codes(n, SurfaceClass.MOBILE_SAND), TransportFixtures.LOOKUP)
                .potentialFlux(FluxField.uniform(n, 5, 0));
    }

    @Test
    void progressIsMonotonicReachesOneAndCancels() {
        List<Double> seen = new ArrayList<>();
        SandTransportOp.run(small().build(), TransportParams.builder().horizonYears(2).build(), (f, m) -> seen.add(f));
        assertEquals(24, seen.size(), "one report per monthly step");
        for (int i = 1; i < seen.size(); i++) assertTrue(seen.get(i) > seen.get(i - 1));
        assertEquals(1.0, seen.get(seen.size() - 1), 1e-12);
        assertThrows(CancelledException.class, () -> SandTransportOp.run(small().build(),
                TransportParams.builder().horizonYears(2).build(), (f, m) -> f < 0.25));
    }

    @Test
    void badInputsAreRejectedWithTheirName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> small().vegetationCoverFraction(new float[3]).build());
        assertTrue(e.getMessage().contains("vegetationCoverFraction"), e.getMessage());
        SurfaceClass[] partial = {null, SurfaceClass.ERODIBLE}; // codes 0 and 1 only
        byte[] codes = TransportFixtures.codes(24, SurfaceClass.ERODIBLE);
        codes[5] = 7;
        SandTransportInput unknown = small().surface(codes, partial).build();
        e = assertThrows(IllegalArgumentException.class,
                () -> SandTransportOp.run(unknown, TransportParams.builder().build(), ProgressListener.NONE));
        assertTrue(e.getMessage().contains("code 7"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TransportParams.builder().horizonYears(0).build());
        assertThrows(IllegalArgumentException.class, () -> TransportParams.builder().arrivalThresholdM(5).build());
        assertThrows(IllegalArgumentException.class, () -> TransportParams.builder().cflNumber(1.5).build());
    }

    @Test
    void seasonalFluxPeriodsAreCycledThroughTheYear() {
        int n = 24;
        // Only the first season has wind: 8 m³/m/yr · 0.25 yr / 10 m = 0.2 m moves once a year.
        List<FluxField> seasons = List.of(FluxField.uniform(n, 8, 0), FluxField.uniform(n, 0, 0),
                FluxField.uniform(n, 0, 0), FluxField.uniform(n, 0, 0));
        float[] h0 = new float[n];
        for (int r = 0; r < 4; r++) h0[r * 6] = 2f;
        TransportParams p = TransportParams.builder().stepLength(StepLength.SEASONAL).boundary(BoundaryCondition.PERIODIC)
                .horizonYears(3).shadowAngleDeg(90).build();
        SandTransportResult res = SandTransportOp.run(small().potentialFlux(seasons).initialThicknessM(h0).build(), p,
                ProgressListener.NONE);
        assertEquals(1, res.summary().subStepsPerStep());
        float[] expectedRow = {1.4f, 0.2f, 0.2f, 0.2f, 0f, 0f};
        float[] expectedArrival = {0f, 0.25f, 1.25f, 2.25f, Float.NaN, Float.NaN};
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 6; c++) {
                assertEquals(expectedRow[c], res.thicknessM()[r * 6 + c], 1e-6, "cell " + c + "," + r);
                assertEquals(expectedArrival[c], res.firstArrivalYear()[r * 6 + c], 1e-6, "arrival " + c + "," + r);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> SandTransportOp.run(
                small().potentialFlux(seasons.subList(0, 3)).build(), p, ProgressListener.NONE));
    }

    @Test
    void interventionsUpwindOfFarmlandReduceTheSandReachingIt() {
        // 1 × 20 channel: dunes in cells 0–4, erodible land 5–14, farmland 15–19; wind toward the east.
        int n = 20;
        byte[] codes = TransportFixtures.codes(n, SurfaceClass.ERODIBLE);
        byte[] assets = new byte[n];
        for (int c = 0; c < 5; c++) codes[c] = (byte) SurfaceClass.MOBILE_SAND.ordinal();
        for (int c = 15; c < n; c++) assets[c] = 1;
        float[] cover = new float[n], rough = new float[n];
        boolean[] trap = new boolean[n];
        java.util.Arrays.fill(rough, Float.NaN);
        for (int c = 8; c < 11; c++) {
            cover[c] = 0.3f;        // shrubs planted on three cells
            rough[c] = 0.05f;       // and their roughness
        }
        trap[12] = true;            // one straw-checkerboard cell
        SandTransportInput.Builder b = SandTransportInput.builder(n, 1, 30, 30)
                .surface(codes, TransportFixtures.LOOKUP).potentialFlux(FluxField.uniform(n, 40, 0))
                .assets(assets, List.of("farmland"));
        // The 2 m edge advances at q/h = 20 m/yr: it needs ~15 years to cross the 300 m to the farmland.
        TransportParams p = TransportParams.builder().horizonYears(25).build();
        AssetExposure without = SandTransportOp.run(b.build(), p, ProgressListener.NONE).summary().assets().get(0);
        SandTransportResult with = SandTransportOp.run(b.interventions(new Interventions(cover, rough, trap)).build(), p,
                ProgressListener.NONE);
        assertTrue(without.totalVolumeM3() > 0, "sand reaches farmland without measures");
        assertEquals(0.0, with.summary().assets().get(0).totalVolumeM3(), 0, "the measures stop the sheet");
        assertTrue(with.thicknessM()[8] > 0.5, "sand is deposited at the upwind edge of the shrub belt");
        SandTransportResult trapOnly = SandTransportOp.run(b.interventions(new Interventions(null, null, trap)).build(), p,
                ProgressListener.NONE);
        assertEquals(0.0, trapOnly.summary().assets().get(0).totalVolumeM3(), 0, "the trap cell alone stops it too");
        assertTrue(trapOnly.thicknessM()[12] > 0.5, "sand is held in the trap");
        assertEquals(0.0, with.capacityQxM3PerMYr()[9], 0, "0.3 cover at u*/u*t < 2.6 stops transport");
        assertEquals(0.0, with.summary().massBudget().relativeError(), 1e-12);
    }
}
