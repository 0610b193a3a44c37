package org.dunefront.workflow.stages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.DataType;
import org.dunefront.grid.NoData;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSink;
import org.dunefront.grid.RasterSource;
import org.dunefront.grid.GridGeometry;
import org.dunefront.plan.PlanLegend;
import org.dunefront.plan.RestorationAction;
import org.dunefront.workflow.RasterFiles;
import org.dunefront.workflow.sweep.ActionMaps;

/**
 * Reads the plan's {@code action_plan.tif} ({@link PlanLegend} codes: {@code 10·phase + action}
 * for scheduled patches) as "prioritised action per cell" (the action of cells scheduled in any
 * phase, 0 otherwise) and writes the sweep's stability raster (FLOAT32, one band per action after
 * an "any action" band, fraction of runs 0–1) with the run's {@link RasterFiles} (any I/O backend).
 */
public final class PlanActionMaps implements ActionMaps {

    private final RasterFiles files;

    public PlanActionMaps(RasterFiles files) {
        this.files = files;
    }

    @Override
    public int[] read(Path planDir) throws IOException {
        Path f = planDir.resolve(PlanOutputs.ACTION_MAP);
        if (!Files.isRegularFile(f)) return null;
        try (RasterSource src = files.open(f)) {
            RasterBlock b = src.read(0, src.grid().extent());
            int w = b.width(), h = b.height();
            int[] out = new int[w * h];
            for (int r = 0; r < h; r++) {
                for (int c = 0; c < w; c++) {
                    int code = b.isNoData(c, r) ? 0 : (int) b.get(c, r);
                    out[r * w + c] = code > 10 ? code % 10 : PlanLegend.NO_ACTION;
                }
            }
            return out;
        }
    }

    @Override
    public void writeStability(Path file, Path referencePlanDir, List<String> bandNames, List<float[]> bands) throws IOException {
        GridGeometry grid;
        try (RasterSource ref = files.open(referencePlanDir.resolve(PlanOutputs.ACTION_MAP))) {
            grid = ref.grid();
        }
        List<BandInfo> infos = new ArrayList<>();
        for (String n : bandNames) {
            infos.add(BandInfo.of(NoData.of(Double.NaN)).withUnit("1")
                    .withDescription("fraction of sweep runs prioritising: " + n));
        }
        try (RasterSink sink = files.create(file, grid, DataType.FLOAT32, infos)) {
            for (int k = 0; k < bands.size(); k++) {
                RasterBlock.Floats block = (RasterBlock.Floats) RasterBlock.create(DataType.FLOAT32, grid.extent(), infos.get(k).noData());
                System.arraycopy(bands.get(k), 0, block.data(), 0, bands.get(k).length);
                sink.write(k, block);
            }
            sink.commit();
        }
    }

    @Override
    public int maxAction() {
        return RestorationAction.values().length;
    }

    @Override
    public String actionName(int code) {
        return RestorationAction.ofCode(code).map(RestorationAction::id).orElse("action" + code);
    }
}
