package org.dunefront.workflow.stages;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSink;
import org.dunefront.grid.RasterSource;
import org.dunefront.grid.TileScheme;
import org.dunefront.grid.TiledExecutor;
import org.dunefront.grid.Window;
import org.dunefront.terrain.SectorShelterOp;
import org.dunefront.terrain.SectorShelterParams;
import org.dunefront.terrain.ShelterBySector;
import org.dunefront.workflow.StageContext;

/**
 * The drift stage's shelter index per wind sector at both scales, streamed tile by tile: per tile (on all
 * worker threads) take the DEM window grown by the larger of the two scales' halos
 * ({@link SectorShelterParams#haloCells}, bounded by the search distance; cells beyond the grid read as nodata,
 * as a whole-grid read with the same halo does) from whole tile rows of the DEM decoded once ({@link DemTileRows}), run {@link SectorShelterOp} for the local and the regional scale,
 * write the tile of every band of {@code sx_local.tif} and {@code sx_regional.tif} (NaN for sectors not computed)
 * and of {@code shelter_dp_fraction.tif}, and count it into the summary's statistics. {@link SectorShelterOp} gives
 * bit-identical values for any tiling (blocks aligned to the grid), and the sinks lay tiles out in file order, so
 * the files equal those of the former whole-grid computation byte for byte, for any tile size and thread count.
 *
 * <p>The summary's numbers are exact and order-independent: lee and blocked fractions are integer counts, the
 * median Sx per sector comes from a two-pass count on the float bits ({@link ExactFloatDistribution}, second pass
 * reading the written bands back tile by tile on all worker threads), and the mean sheltered DP fraction from an exact sum ({@link ExactSum}).
 *
 * <p>Live memory: the last few DEM tile rows (full width plus halo: about 41 MB each at 20000 columns, up to 6 of
 * them with the default halo), a few DEM windows with halo and their Sx per thread (2 × S layers of one tile), plus
 * 512 KB of counts per computed sector, scale and thread; never a whole-grid layer.
 */
final class SectorShelterPass {
    /** Tile side, cells: the GeoTIFF tile, so that a tile is complete when written (no effect on results). */
    static final int TILE = 512;

    private final GridGeometry study;
    private final SectorShelterParams local;
    private final SectorShelterParams regional;
    private final boolean[] computed;
    private final double[] share;
    private final double leeThr;
    private final double regThr;
    private final int halo;
    private final int tile;

    /** @param tileSize cells per tile side ({@link #TILE} in the stage; no effect on results) */
    SectorShelterPass(GridGeometry study, SectorShelterParams local, SectorShelterParams regional, boolean[] computed, double[] share,
                      double leeThrDeg, double regThrDeg, int tileSize) {
        this.study = study;
        this.local = local;
        this.regional = regional;
        this.computed = computed.clone();
        this.share = share.clone();
        this.leeThr = leeThrDeg;
        this.regThr = regThrDeg;
        double cx = study.cellSizeX(), cy = study.cellSizeY();
        this.halo = Math.max(Math.max(regional.haloCells(cx, cy), local.haloCells(cx, cy)), 1);
        this.tile = tileSize;
    }

    /** Statistics of one scale and sector over the grid (finite Sx only). */
    static final class SectorStats {
        long cells;
        long above;
        ExactFloatDistribution sx = new ExactFloatDistribution(0.5);

        double fractionAbove() {
            return cells == 0 ? Double.NaN : (double) above / cells;
        }

        double medianDeg() {
            return sx.percentile(0.5);
        }
    }

    /** What the summary needs: per sector (null when not computed) local and regional statistics, mean DP fraction. */
    record Result(SectorStats[] local, SectorStats[] regional, double meanShelteredDpFraction) { }

    /** One thread's partial counts. */
    private final class Partial {
        final SectorStats[] local = stats();
        final SectorStats[] regional = stats();
        final ExactSum dpSum = new ExactSum();
        long dpCells;
    }

    private SectorStats[] stats() {
        SectorStats[] s = new SectorStats[computed.length];
        for (int k = 0; k < s.length; k++) if (computed[k]) s[k] = new SectorStats();
        return s;
    }

    /** Writes the three shelter rasters (committed on success) and returns the summary's statistics. */
    Result run(StageContext ctx, RasterSource dem, TiledExecutor exec, ProgressListener progress, ProgressListener medians)
            throws IOException {
        PerThread<Partial> partials = new PerThread<>(Partial::new);
        List<RasterSink> sinks = new ArrayList<>();
        try {
            sinks.add(DriftSinks.floats(ctx, DriftOutputs.SX_LOCAL, study, SectorShelter.bands(local, computed, share, study,
                    "local lee zones")));
            sinks.add(DriftSinks.floats(ctx, DriftOutputs.SX_REGIONAL, study, SectorShelter.bands(regional, computed, share, study,
                    "mountain blocking")));
            sinks.add(DriftSinks.floats(ctx, DriftOutputs.SHELTER_DP_FRACTION, study, List.of(SectorShelter.dpFractionBand(leeThr,
                    regThr))));
            DemTileRows rows = DemTileRows.supports(dem) ? new DemTileRows(dem, this.tile, halo) : null;
            exec.run(TileScheme.of(study, this.tile), tile -> {
                RasterBlock block = rows != null ? rows.window(tile.expand(halo)) : dem.read(0, tile.expand(halo));
                ShelterBySector l = SectorShelterOp.run(block, tile, study.cellSizeX(), study.cellSizeY(), local, computed);
                ShelterBySector r = SectorShelterOp.run(block, tile, study.cellSizeX(), study.cellSizeY(), regional, computed);
                writeSectors(sinks.get(0), tile, l.sxDeg());
                writeSectors(sinks.get(1), tile, r.sxDeg());
                float[] f = SectorShelter.dpFraction(l.sxDeg(), r.sxDeg(), share, leeThr, regThr, (int) tile.cellCount());
                DriftSinks.writeFloats(sinks.get(2), 0, tile, f);
                Partial p = partials.get();
                count(l.sxDeg(), p.local, leeThr);
                count(r.sxDeg(), p.regional, regThr);
                for (float v : f) {
                    if (Float.isNaN(v)) continue;
                    p.dpSum.add(v);
                    p.dpCells++;
                }
            }, progress, "shelter index per wind sector");
            DriftSinks.commitAll(sinks);
        } finally {
            DriftSinks.closeAll(sinks);
        }
        SectorStats[] l = stats(), r = stats();
        ExactSum dpSum = new ExactSum();
        long dpCells = 0;
        for (Partial p : partials.all()) {
            merge(l, p.local);
            merge(r, p.regional);
            dpSum.add(p.dpSum);
            dpCells += p.dpCells;
        }
        secondPass(ctx, l, r, exec, medians);
        return new Result(l, r, dpCells == 0 ? Double.NaN : dpSum.value() / dpCells);
    }

    /**
     * Writes the computed sectors' bands of one tile. Bands of sectors not computed are never written: every sink
     * fills unwritten cells with the band's nodata (NaN), and the GeoTIFF sink encodes that fill tile once per band
     * instead of compressing a NaN tile per tile and band (the same bytes in the file).
     */
    private static void writeSectors(RasterSink sink, Window tile, float[][] sx) throws IOException {
        for (int k = 0; k < sx.length; k++) {
            if (sx[k] != null) DriftSinks.writeFloats(sink, k, tile, sx[k]);
        }
    }

    private static void count(float[][] sx, SectorStats[] stats, double thr) {
        for (int k = 0; k < sx.length; k++) {
            if (sx[k] == null) continue;
            SectorStats s = stats[k];
            for (float v : sx[k]) {
                if (!Float.isFinite(v)) continue;
                s.cells++;
                if (v > thr) s.above++;
                s.sx.add(v);
            }
        }
    }

    private static void merge(SectorStats[] into, SectorStats[] part) {
        for (int k = 0; k < into.length; k++) {
            if (into[k] == null) continue;
            into[k].cells += part[k].cells;
            into[k].above += part[k].above;
            into[k].sx.merge(part[k].sx);
        }
    }

    /**
     * The medians' second pass over the committed bands of both files, read back tile by tile on all worker threads
     * (tiles of the files' own {@link #TILE} layout, so each stored tile is decoded once) into per-thread partials
     * that are merged afterwards: integer counts, so any tiling, order and thread count give the same medians.
     */
    private void secondPass(StageContext ctx, SectorStats[] local, SectorStats[] regional, TiledExecutor exec,
                            ProgressListener progress) throws IOException {
        for (SectorStats s : local) if (s != null) s.sx.startSecondPass();
        for (SectorStats s : regional) if (s != null) s.sx.startSecondPass();
        PerThread<ExactFloatDistribution[][]> partials = new PerThread<>(() ->
                new ExactFloatDistribution[][] {emptyCopies(local), emptyCopies(regional)});
        try (RasterSource l = ctx.run().rasters().open(ctx.output(DriftOutputs.SX_LOCAL));
             RasterSource r = ctx.run().rasters().open(ctx.output(DriftOutputs.SX_REGIONAL))) {
            exec.run(TileScheme.of(study, TILE), tile -> {
                ExactFloatDistribution[][] p = partials.get();
                addBands(l, tile, p[0]);
                addBands(r, tile, p[1]);
            }, progress, "median shelter index per sector");
        }
        for (ExactFloatDistribution[][] p : partials.all()) {
            mergeInto(local, p[0]);
            mergeInto(regional, p[1]);
        }
    }

    private static ExactFloatDistribution[] emptyCopies(SectorStats[] stats) {
        ExactFloatDistribution[] d = new ExactFloatDistribution[stats.length];
        for (int k = 0; k < stats.length; k++) if (stats[k] != null) d[k] = stats[k].sx.emptyCopy();
        return d;
    }

    private static void addBands(RasterSource src, Window tile, ExactFloatDistribution[] into) throws IOException {
        for (int k = 0; k < into.length; k++) {
            if (into[k] == null) continue;
            ExactFloatDistribution d = into[k];
            for (float v : StageRasters.floats(src.read(k, tile))) d.add(v);
        }
    }

    private static void mergeInto(SectorStats[] stats, ExactFloatDistribution[] partial) {
        for (int k = 0; k < stats.length; k++) if (stats[k] != null) stats[k].sx.merge(partial[k]);
    }
}
