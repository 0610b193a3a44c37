package org.dunefront.workflow.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dunefront.config.ConfigLoader;
import org.dunefront.config.IoChoice;
import org.dunefront.legend.Legend;
import org.dunefront.legend.LegendFiles;
import org.dunefront.workflow.Cancellation;
import org.dunefront.workflow.RasterFiles;
import org.dunefront.workflow.RunContext;
import org.dunefront.workflow.RunListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The downstream stages' legend is the ingest request's legend, for every kind of {@code study.legendFile}. */
class StageLegendTest {
    @TempDir Path tmp;

    private RunContext context(String legendFile) {
        String yaml = "study:\n  crs: \"EPSG:32648\"\n  landcover: lc.tif\n  dem: dem.tif\n  windU: u.tif\n  windV: v.tif\n"
                + "  legendFile: \"" + legendFile + "\"\n";
        RasterFiles none = new RasterFiles() {
            @Override public org.dunefront.grid.RasterSource open(Path f) { throw new UnsupportedOperationException(); }

            @Override
            public org.dunefront.grid.RasterSink create(Path f, org.dunefront.grid.GridGeometry g, org.dunefront.grid.DataType t,
                                                       List<org.dunefront.grid.BandInfo> b) {
                throw new UnsupportedOperationException();
            }
        };
        return new RunContext(ConfigLoader.fromYaml(yaml, "test.yaml", List.of()), tmp, tmp.resolve("run"), 1, IoChoice.JAVA,
                none, RunListener.NONE, new Cancellation(), "test", null);
    }

    @Test
    void sameLegendAsTheIngestRequest() throws IOException {
        // a legend file of its own: the built-in legend with one class renamed
        String builtIn = Files.readString(Path.of("..", "styles", "legend.yaml"));
        String renamed = builtIn.replaceFirst("name: [^\\n]+", "name: \"renamed class\"");
        assertNotEquals(builtIn, renamed);
        Files.writeString(tmp.resolve("own-legend.yaml"), renamed);
        for (String f : List.of("", "worldcover", "own-legend.yaml")) {
            RunContext ctx = context(f);
            Legend want = IngestStage.request(ctx).legend(), got = StageLegend.of(ctx);
            assertEquals(want.name(), got.name(), f);
            assertEquals(want.classes(), got.classes(), f);
        }
        assertNotEquals(LegendFiles.defaultLegend().classes(), StageLegend.of(context("own-legend.yaml")).classes(),
                "the legend file is read, not the built-in legend");
    }
}
