package org.dunefront.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dunefront.testkit.Gdal;
import org.dunefront.workflow.stages.PlanActionMaps;
import org.dunefront.workflow.stages.PlanOutputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's raster files read a GeoTIFF action map made by GDAL, as the sweep stability raster does. */
class GeoTiffFilesTest {
    @TempDir Path tmp;

    /** Codes 0, 12, 3, 35 / 21, 0, 0, 14 → scheduled actions 0, 2, 0, 5 / 1, 0, 0, 4 (unscheduled 3 → 0). */
    @Test
    void sweepReadsScheduledActionsFromAGdalWrittenGeoTiff() throws IOException {
        Gdal.require();
        Path asc = tmp.resolve("plan.asc");
        Files.writeString(asc, "ncols 4\nnrows 2\nxllcorner 500000\nyllcorner 4200000\ncellsize 30\n"
                + "0 12 3 35\n21 0 0 14\n");
        Path plan = Files.createDirectories(tmp.resolve("plan"));
        Gdal.run("gdal_translate", "-q", "-ot", "Byte", "-a_srs", "EPSG:32648", asc.toString(),
                plan.resolve(PlanOutputs.ACTION_MAP).toString());
        int[] actions = new PlanActionMaps(GeoTiffFiles.INSTANCE).read(plan);
        assertArrayEquals(new int[] {0, 2, 0, 5, 1, 0, 0, 4}, actions);
        assertArrayEquals(actions, new PlanActionMaps(RasterIoFiles.of(org.dunefront.config.IoChoice.JAVA)).read(plan),
                "the --io java backend reads the same codes");
    }
}
