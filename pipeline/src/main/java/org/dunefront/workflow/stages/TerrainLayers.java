package org.dunefront.workflow.stages;

import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.TileScheme;
import org.dunefront.grid.TiledExecutor;
import org.dunefront.grid.Window;
import org.dunefront.terrain.ShelterIndexOp;
import org.dunefront.terrain.ShelterIndexParams;

/**
 * Runs the terrain tile ops over a whole study grid, tile by tile on the executor. The DEM block
 * passed in covers the grid plus the largest halo (cells outside the grid are nodata), so every
 * tile's halo is inside it and the result does not depend on tile size or thread count.
 */
final class TerrainLayers {
    static final int TILE = 256;

    private TerrainLayers() { }

    /** Sx over the grid for wind blowing from {@code upwindAzimuthDeg}; {@code demWithHalo} must cover the grid plus its halo. */
    static float[] shelter(RasterBlock demWithHalo, GridGeometry grid, double upwindAzimuthDeg, ShelterIndexParams p,
                           TiledExecutor exec, ProgressListener progress) {
        float[] out = new float[(int) grid.cellCount()];
        exec.run(TileScheme.of(grid, TILE), tile -> {
            RasterBlock.Floats b = ShelterIndexOp.run(demWithHalo, tile, grid.cellSizeX(), grid.cellSizeY(), upwindAzimuthDeg, p);
            copy(b.data(), tile, out, grid.width());
        }, progress, "shelter index");
        return out;
    }

    private static void copy(float[] tileData, Window tile, float[] out, int width) {
        for (int r = 0; r < tile.height(); r++) {
            System.arraycopy(tileData, r * tile.width(), out, (tile.row() + r) * width + tile.col(), tile.width());
        }
    }
}
