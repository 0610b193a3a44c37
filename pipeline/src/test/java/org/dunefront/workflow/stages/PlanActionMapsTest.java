package org.dunefront.workflow.stages;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.MemoryRaster;
import org.dunefront.grid.NoData;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.RasterSink;
import org.dunefront.grid.RasterSource;
import org.dunefront.workflow.RasterFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading plan action maps and writing the stability raster through in-memory "files". */
class PlanActionMapsTest {
    @TempDir Path tmp;
    final Map<Path, MemoryRaster> files = new HashMap<>();
    final PlanActionMaps maps = new PlanActionMaps(new RasterFiles() {
        @Override public RasterSource open(Path f) { return files.get(f); }

        @Override
        public RasterSink create(Path f, GridGeometry g, DataType t, List<BandInfo> b) {
            MemoryRaster m = new MemoryRaster(f.toString(), g, t, b);
            files.put(f, m);
            return m;
        }
    });
    final GridGeometry grid = GridGeometry.northUp(CrsDefinition.UNKNOWN, 0, 30, 10, 10, 3, 1);

    /** Codes 12 (phase 1, shrub-saline), 3 (unscheduled mountain-barrier), 35 (phase 3, de-channelization). */
    @Test
    void onlyScheduledCellsCountAsPrioritised() throws IOException {
        Path plan = Files.createDirectories(tmp.resolve("plan"));
        Files.writeString(plan.resolve(PlanOutputs.ACTION_MAP), "");
        MemoryRaster r = MemoryRaster.single("a", grid, DataType.UINT8, NoData.NONE);
        r.band(0).set(0, 0, 12);
        r.band(0).set(1, 0, 3);
        r.band(0).set(2, 0, 35);
        files.put(plan.resolve(PlanOutputs.ACTION_MAP), r);
        assertArrayEquals(new int[] {2, 0, 5}, maps.read(plan));
        assertNull(maps.read(tmp.resolve("missing")));
        assertEquals(5, maps.maxAction());
        assertEquals("shrub-saline", maps.actionName(2));

        Path out = tmp.resolve("stability.tif");
        maps.writeStability(out, plan, List.of("any action", "shrub-saline"), List.of(new float[] {1f, 0f, 0.5f}, new float[] {0.25f, 0f, 0f}));
        MemoryRaster s = files.get(out);
        assertEquals(2, s.bandCount());
        assertEquals(0.5, s.band(0).get(2, 0), 1e-7);
        assertEquals(0.25, s.band(1).get(0, 0), 1e-7);
        assertEquals(grid, s.grid());
    }
}
