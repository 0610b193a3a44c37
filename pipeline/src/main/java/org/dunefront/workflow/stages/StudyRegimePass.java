package org.dunefront.workflow.stages;

import java.io.IOException;
import java.util.List;
import org.dunefront.grid.GeoTransform;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.RasterSource;
import org.dunefront.grid.TileScheme;
import org.dunefront.grid.TiledExecutor;
import org.dunefront.grid.Window;
import org.dunefront.wind.DownscaleWeights;
import org.dunefront.wind.WindRegimeDownscaleOp;
import org.dunefront.wind.WindRegimeField;
import org.dunefront.wind.WindRegimeGrid;

/**
 * The drift stage's study-grid regime, streamed: per tile (on all worker threads), read the AOI mask
 * of the tile, downscale the native-grid regime onto it ({@code wind.WindRegimeDownscaleOp}), set
 * NaN outside the AOI, hand the tile to every {@link StudyTileOutput} (each writes its rasters once)
 * and count it into the {@link StudyRegimeStatistics}. A second pass recomputes the tiles (cheaper
 * than reading the layers back: only the cells inside the AOI and without the direction) to resolve the exact
 * medians. Live memory: a few tiles per thread,
 * never a whole study-grid layer. Each tile depends only on its own cells, so the files and the
 * statistics are identical for any tile size and thread count.
 */
final class StudyRegimePass {
    private final GridGeometry study;
    private final WindRegimeGrid nativeRegime;
    private final GeoTransform nativeInStudyCrs;
    private final TileScheme tiles;

    /**
     * @param nativeInStudyCrs the native wind grid's transform in the study CRS ({@link NativeGridInStudyCrs})
     * @param tileSize         cells per tile side (the run's {@code run.tileSize}; no effect on results)
     */
    StudyRegimePass(GridGeometry study, WindRegimeGrid nativeRegime, GeoTransform nativeInStudyCrs, int tileSize) {
        this.study = study;
        this.nativeRegime = nativeRegime;
        this.nativeInStudyCrs = nativeInStudyCrs;
        this.tiles = TileScheme.of(study, tileSize);
    }

    /** Writes {@code outputs} (committed on success) and returns the study-grid statistics. */
    StudyRegimeStatistics run(RasterSource landcover, List<StudyTileOutput> outputs, TiledExecutor exec,
                              ProgressListener writing, ProgressListener counting) throws IOException {
        StudyRegimeStatistics stats = new StudyRegimeStatistics();
        exec.run(tiles, window -> {
            StudyTile tile = tile(landcover, window);
            for (StudyTileOutput o : outputs) o.write(tile);
            stats.firstPass(tile.regime());
        }, writing, "writing the wind regime");
        for (StudyTileOutput o : outputs) o.commit();
        stats.endFirstPass();
        exec.run(tiles, window -> stats.secondPass(magnitudes(landcover, window)), counting, "exact medians");
        stats.endSecondPass();
        return stats;
    }

    private StudyTile tile(RasterSource landcover, Window window) throws IOException {
        boolean[] inside = StudyMask.inside(landcover, window);
        DownscaleWeights weights = DownscaleWeights.of(nativeRegime.window(), nativeInStudyCrs, study.transform(), window);
        WindRegimeGrid regime = WindRegimeDownscaleOp.run(nativeRegime, weights);
        for (WindRegimeField f : WindRegimeField.values()) StudyTile.mask(regime.layer(f), inside);
        return new StudyTile(window, weights, inside, regime);
    }

    /**
     * What the second pass counts, at a fraction of {@link #tile}'s cost: the same values of every field but the
     * direction for the cells inside the AOI, NaN elsewhere ({@code WindRegimeDownscaleOp.runWithoutDirection}).
     */
    private WindRegimeGrid magnitudes(RasterSource landcover, Window window) throws IOException {
        boolean[] inside = StudyMask.inside(landcover, window);
        DownscaleWeights weights = DownscaleWeights.of(nativeRegime.window(), nativeInStudyCrs, study.transform(), window);
        return WindRegimeDownscaleOp.runWithoutDirection(nativeRegime, weights, inside);
    }
}
