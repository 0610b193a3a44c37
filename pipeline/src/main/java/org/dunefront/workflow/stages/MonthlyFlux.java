package org.dunefront.workflow.stages;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.NoData;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.RasterSink;
import org.dunefront.transport.StepLength;
import org.dunefront.wind.WindRegimeField;
import org.dunefront.wind.WindRegimeGrid;
import org.dunefront.wind.WindRegimeOp;
import org.dunefront.wind.WindRegimeParams;
import org.dunefront.workflow.StageContext;

/**
 * The potential flux per calendar month (the migrate stage's monthly forcing) on the wind's native
 * grid: {@code wind.WindRegimeOp} over each month's steps; one band per month with metadata
 * {@code month} (1–12) and {@code steps}, or a single band {@code month=all} when the wind has no
 * time axis. Written on the native grid only ({@link DriftOutputs#QX_MONTHLY_NATIVE}); the migrate stage
 * downscales it onto the study grid per period ({@link NativeMonthlyFlux}).
 */
final class MonthlyFlux {
    private final List<float[]> qx;
    private final List<float[]> qy;
    private final List<BandInfo> qxBands;
    private final List<BandInfo> qyBands;

    private MonthlyFlux(List<float[]> qx, List<float[]> qy, List<BandInfo> qxBands, List<BandInfo> qyBands) {
        this.qx = qx;
        this.qy = qy;
        this.qxBands = qxBands;
        this.qyBands = qyBands;
    }

    static MonthlyFlux of(WindRecord wind, WindRegimeParams params, ProgressListener progress) {
        Optional<List<List<Integer>>> months = wind.periods(StepLength.MONTHLY);
        List<List<Integer>> groups = months.orElseGet(() -> {
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < wind.u().size(); i++) all.add(i);
            return List.of(all);
        });
        List<float[]> qx = new ArrayList<>(), qy = new ArrayList<>();
        List<BandInfo> bx = new ArrayList<>(), by = new ArrayList<>();
        for (int m = 0; m < groups.size(); m++) {
            List<Integer> idx = groups.get(m);
            WindRegimeGrid g = WindRegimeOp.run(wind.select(wind.u(), idx), wind.select(wind.v(), idx), params,
                    progress.scaled((double) m / groups.size(), (m + 1.0) / groups.size()));
            qx.add(g.layer(WindRegimeField.QX_M3_PER_M_YR));
            qy.add(g.layer(WindRegimeField.QY_M3_PER_M_YR));
            Map<String, String> md = new LinkedHashMap<>();
            md.put("month", months.isPresent() ? String.valueOf(m + 1) : "all");
            md.put("steps", String.valueOf(idx.size()));
            bx.add(BandInfo.of(NoData.NAN).withUnit("m3/m/yr").withDescription("eastward potential sand flux, mean of the month's record")
                    .withMetadata(md));
            by.add(BandInfo.of(NoData.NAN).withUnit("m3/m/yr").withDescription("northward potential sand flux, mean of the month's record")
                    .withMetadata(md));
        }
        return new MonthlyFlux(qx, qy, bx, by);
    }

    int bands() {
        return qx.size();
    }

    /** Writes the monthly flux on the native wind grid (small: one block per band). */
    void writeNative(StageContext ctx, GridGeometry windGrid) throws IOException {
        write(ctx, DriftOutputs.QX_MONTHLY_NATIVE, windGrid, qx, qxBands);
        write(ctx, DriftOutputs.QY_MONTHLY_NATIVE, windGrid, qy, qyBands);
    }

    private static void write(StageContext ctx, String name, GridGeometry grid, List<float[]> layers, List<BandInfo> bands)
            throws IOException {
        try (RasterSink sink = DriftSinks.floats(ctx, name, grid, bands)) {
            for (int b = 0; b < layers.size(); b++) DriftSinks.writeFloats(sink, b, grid.extent(), layers.get(b));
            sink.commit();
        }
    }
}
