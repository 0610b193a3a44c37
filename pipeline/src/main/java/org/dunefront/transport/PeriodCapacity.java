package org.dunefront.transport;

import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.TileScheme;
import org.dunefront.grid.TiledExecutor;

/**
 * The transport capacity of one flux period at a time ({@link CapacityFluxOp}): the period's potential
 * flux is copied from the {@link FluxSeries} into two reusable buffers and turned into capacity in place,
 * with the cells' reduction factors from a compact {@link CellFactors} table. A run therefore holds two
 * float layers of forcing whatever the number of periods (instead of potential and capacity for all 12
 * months), at the cost of re-deriving the capacity of each step's period (a copy and one multiply per cell).
 *
 * <p>Not thread-safe (one run); the in-place pass runs its rows on the run's executor.
 */
final class PeriodCapacity {
    final float[] qx;
    final float[] qy;
    private final SandTransportInput in;
    private final CellFactors factors;
    private final TransportParams p;
    private final TiledExecutor exec;
    private final TileScheme bands;
    private int loaded = -1;

    PeriodCapacity(SandTransportInput in, SurfaceClass[] cls, TransportParams p, TiledExecutor exec) {
        this.in = in;
        this.p = p;
        this.exec = exec;
        this.factors = CellFactors.of(in, cls, p);
        this.qx = new float[in.cellCount()];
        this.qy = new float[in.cellCount()];
        this.bands = new TileScheme(in.width(), in.height(), in.width(), Math.min(p.rowsPerTask(), in.height()));
    }

    int periods() {
        return in.potentialFlux().periods();
    }

    /** Makes {@link #qx}/{@link #qy} hold the capacity of {@code period} (no work when it already does). */
    void load(int period) {
        if (period == loaded) return;
        in.potentialFlux().read(period, qx, qy);
        int w = in.width();
        exec.run(bands, tile -> CapacityFluxOp.capacityInPlace(in, factors, qx, qy, tile.row() * w, tile.endRow() * w, p),
                ProgressListener.NONE, "capacity");
        loaded = period;
    }
}
