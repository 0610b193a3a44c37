package org.dunefront.workflow.stages;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.dunefront.config.DunefrontConfig;
import org.dunefront.config.StudyConfig;
import org.dunefront.workflow.InputFile;
import org.dunefront.workflow.RunContext;

/**
 * ingest: aligns every input (land cover, DEM, wind, rivers, AOI, plantations) on the study grid.
 * Outputs (contract for later stages): {@code grid.json}, {@code landcover.tif}, {@code dem.tif},
 * {@code wind_u.tif}, {@code wind_v.tif}, {@code rivers.tif}, {@code aoi.tif}, {@code plantation.tif}.
 * Seam: needs {@code org.dunefront.align}, {@code org.dunefront.crs} and a raster reader/writer.
 */
final class IngestStage extends PendingStage {
    IngestStage() {
        super("ingest", List.of(), "needs org.dunefront.align, org.dunefront.crs and the GeoTIFF reader/writer");
    }

    @Override
    public JsonNode parameters(DunefrontConfig c) {
        return Params.of("study", c.study());
    }

    @Override
    public List<InputFile> inputs(RunContext ctx) {
        StudyConfig s = ctx.config().study();
        List<InputFile> in = new ArrayList<>();
        ctx.input("study.landcover", s.landcover()).ifPresent(in::add);
        ctx.input("study.dem", s.dem()).ifPresent(in::add);
        ctx.input("study.windU", s.windU()).ifPresent(in::add);
        ctx.input("study.windV", s.windV()).ifPresent(in::add);
        ctx.input("study.rivers", s.rivers()).ifPresent(in::add);
        ctx.input("study.aoi", s.aoi()).ifPresent(in::add);
        ctx.input("study.plantation", s.plantation()).ifPresent(in::add);
        ctx.input("study.legendFile", s.legendFile()).ifPresent(in::add);
        return in;
    }
}
