package org.dunefront.workflow.stages;

import java.io.IOException;
import java.util.List;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.RasterSink;
import org.dunefront.grid.RasterSource;
import org.dunefront.grid.TileScheme;
import org.dunefront.grid.TiledExecutor;
import org.dunefront.grid.Window;
import org.dunefront.terrain.SlopeAspect;
import org.dunefront.terrain.SlopeAspectOp;
import org.dunefront.workflow.StageContext;

/**
 * {@link DriftOutputs#SLOPE} and {@link DriftOutputs#ASPECT} in one fused streaming pass: per tile,
 * the DEM is read with a one-cell halo (nodata beyond the grid), {@code terrain.SlopeAspectOp} (Horn
 * 1981) computes both layers, and both sinks get the tile. The halo windows come from whole DEM tile rows decoded
 * once ({@link DemTileRows}: a window with a one-cell halo touches 3 × 3 GeoTIFF tiles, and the reader's block cache
 * holds about one tile row of a 20000-column grid, so window reads decoded most DEM tiles two or three times).
 * Only a few tiles and DEM tile rows are in memory.
 */
final class SlopeAspectRasters {
    private SlopeAspectRasters() { }

    static void write(StageContext ctx, RasterSource dem, GridGeometry study, int tileSize, TiledExecutor exec,
                      ProgressListener progress) throws IOException {
        try (RasterSink slope = DriftSinks.floats(ctx, DriftOutputs.SLOPE, study, "degree", "Horn (1981) slope");
             RasterSink aspect = DriftSinks.floats(ctx, DriftOutputs.ASPECT, study, "degree",
                     "Horn (1981) aspect, downslope azimuth")) {
            DemTileRows rows = DemTileRows.supports(dem) ? new DemTileRows(dem, tileSize, SlopeAspectOp.HALO_CELLS) : null;
            exec.run(TileScheme.of(study, tileSize), tile -> {
                Window grown = tile.expand(SlopeAspectOp.HALO_CELLS);
                SlopeAspect sa = SlopeAspectOp.run(rows != null ? rows.window(grown) : dem.read(0, grown), tile,
                        study.cellSizeX(), study.cellSizeY());
                slope.write(0, sa.slopeDeg());
                aspect.write(0, sa.aspectDeg());
            }, progress, "slope and aspect");
            DriftSinks.commitAll(List.of(slope, aspect));
        }
    }
}
