package org.dunefront.workflow.stages;

import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.TileScheme;
import org.dunefront.grid.TiledExecutor;
import org.dunefront.grid.Window;
import org.dunefront.terrain.SlopeAspect;
import org.dunefront.terrain.SlopeAspectOp;

/**
 * Runs the terrain tile ops (slope and aspect here; the shelter index per sector in {@link SectorShelter}) over a whole study grid, tile by tile on the executor. The DEM block
 * passed in covers the grid plus the largest halo (cells outside the grid are nodata), so every
 * tile's halo is inside it and the result does not depend on tile size or thread count.
 */
final class TerrainLayers {
    static final int TILE = 256;

    private TerrainLayers() { }

    /** {slope, aspect} in degrees. */
    static float[][] slopeAspect(RasterBlock demWithHalo, GridGeometry grid, TiledExecutor exec, ProgressListener progress) {
        float[] slope = new float[(int) grid.cellCount()], aspect = new float[slope.length];
        exec.run(TileScheme.of(grid, TILE), tile -> {
            SlopeAspect sa = SlopeAspectOp.run(demWithHalo, tile, grid.cellSizeX(), grid.cellSizeY());
            copy(sa.slopeDeg().data(), tile, slope, grid.width());
            copy(sa.aspectDeg().data(), tile, aspect, grid.width());
        }, progress, "slope and aspect");
        return new float[][] {slope, aspect};
    }

    private static void copy(float[] tileData, Window tile, float[] out, int width) {
        for (int r = 0; r < tile.height(); r++) {
            System.arraycopy(tileData, r * tile.width(), out, (tile.row() + r) * width + tile.col(), tile.width());
        }
    }
}
