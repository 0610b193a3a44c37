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
        // Summer pushes east, winter pushes west with the same strength: over whole years the sand
        // returns (up to the order of moves), while a single annual eastward field moves it away.
        List<FluxField> seasons = List.of(FluxField.uniform(n, 8, 0), FluxField.uniform(n, 0, 0),
                FluxField.uniform(n, -8, 0), FluxField.uniform(n, 0, 0));
        TransportParams p = TransportParams.builder().stepLength(StepLength.SEASONAL).boundary(BoundaryCondition.PERIODIC)
                .horizonYears(3).shadowAngleDeg(90).build();
        SandTransportResult r = SandTransportOp.run(small().potentialFlux(seasons).build(), p, ProgressListener.NONE);
        for (float v : r.netChangeM()) assertEquals(0.0, v, 1e-6);
        assertThrows(IllegalArgumentException.class, () -> SandTransportOp.run(
                small().potentialFlux(seasons.subList(0, 3)).build(), p, ProgressListener.NONE));
    }
}
