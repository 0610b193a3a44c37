package org.dunefront.workflow.stages;

import java.io.IOException;
import java.nio.file.Path;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSource;
import org.dunefront.ingest.IngestOutputs;
import org.dunefront.io.image.MapImageFiles;
import org.dunefront.legend.LandCoverClass;
import org.dunefront.legend.Legend;
import org.dunefront.render.FluxVectorFigure;
import org.dunefront.render.Hillshade;
import org.dunefront.workflow.StageContext;

/** Draws {@link DriftOutputs#FIGURE}: the annual potential flux over the shaded land cover of the ingest stage. */
final class FluxFigureWriter {
    static final int WIDTH_PX = 900;
    static final int ARROWS_ACROSS = 24;

    private FluxFigureWriter() { }

    static void write(StageContext ctx, Path ingest, GridGeometry grid, float[] qx, float[] qy, Path png) throws IOException {
        Legend legend = StageLegend.of(ctx.run());
        byte[] codes = StageRasters.readBytes(ctx, ingest.resolve(IngestOutputs.LANDCOVER));
        int[] argb = new int[codes.length];
        for (int i = 0; i < codes.length; i++) {
            argb[i] = legend.byCode(codes[i] & 0xFF).map(LandCoverClass::argb).orElse(0);
        }
        byte[] shade;
        try (RasterSource dem = ctx.run().rasters().open(ingest.resolve(IngestOutputs.DEM))) {
            RasterBlock z = dem.read(0, grid.extent().expand(1));
            shade = Hillshade.shade(z, grid.extent(), grid.cellSizeX(), grid.cellSizeY(), 315, 45, 1);
        }
        int stride = Math.max(1, (int) Math.ceil(grid.width() / (double) ARROWS_ACROSS));
        var req = new FluxVectorFigure.Request(grid.width(), grid.height(), argb, shade, qx, qy, grid.cellSizeX(),
                "Annual potential sand flux (" + ctx.run().config().drift().transportLaw().name() + "), arrows toward");
        MapImageFiles.writePng(FluxVectorFigure.render(req, WIDTH_PX, stride), png);
    }
}
