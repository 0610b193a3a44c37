package org.dunefront.workflow.stages;

import org.dunefront.wind.WindDirection;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dunefront.error.InputDataException;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.NoData;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSource;
import org.dunefront.grid.TileScheme;
import org.dunefront.grid.TiledExecutor;
import org.dunefront.grid.Window;
import org.dunefront.terrain.SectorShelterOp;
import org.dunefront.terrain.SectorShelterParams;
import org.dunefront.terrain.ShelterBySector;
import org.dunefront.transport.ShelterMask;
import org.dunefront.transport.TransportParams;
import org.dunefront.workflow.StageContext;

/**
 * The Winstral shelter index per wind sector, as the drift stage writes it and the migrate and plan stages
 * read it back: {@code sx_local.tif} and {@code sx_regional.tif} have one band per sector (band k = wind
 * FROM k·360/S, metadata {@code fromDeg}, {@code dpShare}, {@code computed}), {@code shelter_dp_fraction.tif}
 * is the single-band map summary (share of the basin DP for which a cell is sheltered), and
 * {@link #mask} packs both scales into one {@link ShelterMask} (2 bytes per cell), one band at a time.
 * The drift stage computes and writes them tile by tile in {@link SectorShelterPass}; this class holds the
 * band descriptions, the per-cell DP fraction, the summary and the readers.
 *
 * <p>Sectors carrying less than {@code drift.shelterMinDpShare} of the basin's drift potential are not
 * computed: their bands are NaN and they never form lee zones (their wind moves almost no sand).
 */
final class SectorShelter {
    private SectorShelter() { }

    /** Share of the total DP of each sector (0 everywhere when there is no sand-moving wind). */
    static double[] dpShare(double[] sectorDpVu) {
        double total = 0;
        for (double v : sectorDpVu) total += v;
        double[] share = new double[sectorDpVu.length];
        for (int k = 0; k < share.length; k++) share[k] = total > 0 ? sectorDpVu[k] / total : 0;
        return share;
    }

    /** Sectors worth computing: DP share ≥ {@code minShare} and &gt; 0 (minShare 0 computes all). */
    static boolean[] computed(double[] share, double minShare) {
        boolean[] c = new boolean[share.length];
        for (int k = 0; k < c.length; k++) c[k] = minShare == 0 || (share[k] > 0 && share[k] >= minShare);
        return c;
    }

    /** The bands of {@code sx_local.tif}/{@code sx_regional.tif}: one per sector (not computed: NaN, said in the description). */
    static List<BandInfo> bands(SectorShelterParams p, boolean[] computed, double[] share, GridGeometry grid, String scale) {
        List<BandInfo> bands = new ArrayList<>();
        for (int k = 0; k < computed.length; k++) {
            Map<String, String> md = new LinkedHashMap<>();
            md.put("sector", String.valueOf(k));
            md.put("fromDeg", num(p.fromDeg(k)));
            md.put("dpShare", String.format(Locale.ROOT, "%.6f", share[k]));
            md.put("computed", String.valueOf(computed[k]));
            String block = p.blockCells() > 1 ? ", on a DEM block-averaged to " + num(p.blockCells() * grid.cellSizeX()) + " m" : "";
            bands.add(BandInfo.of(NoData.NAN).withUnit("degree").withMetadata(md).withDescription("Winstral shelter index Sx ("
                    + scale + "), wind from " + num(p.fromDeg(k)) + " deg (" + WindDirection.compassPoint16(p.fromDeg(k)) + "), d_max "
                    + num(p.scale().maxDistanceM()) + " m" + block + (computed[k] ? "" : "; not computed (DP share below drift.shelterMinDpShare)")));
        }
        return bands;
    }

    /** The band of {@code shelter_dp_fraction.tif}. */
    static BandInfo dpFractionBand(double leeThr, double regThr) {
        return BandInfo.of(NoData.NAN).withUnit("1").withDescription("share of the basin drift potential for which the cell is a lee "
                + "zone (local Sx > " + fmt(leeThr) + " deg) or mountain-blocked (regional Sx > " + fmt(regThr) + " deg) for the wind's sector");
    }

    /**
     * Per cell, the share of the basin's DP for which the cell is sheltered (local lee zone or mountain-blocked):
     * Σ_k share_k · [Sx_local,k &gt; leeThr or Sx_regional,k &gt; regThr]; NaN where no computed sector has an
     * Sx (DEM nodata); 0 everywhere when no sector was computed.
     */
    static float[] dpFraction(float[][] local, float[][] regional, double[] share, double leeThr, double regThr, int cells) {
        float[] out = new float[cells];
        boolean none = allSkipped(local) && allSkipped(regional);
        for (int i = 0; i < cells; i++) {
            double f = 0;
            boolean valid = false;
            for (int k = 0; k < share.length; k++) {
                float l = local[k] == null ? Float.NaN : local[k][i], r = regional[k] == null ? Float.NaN : regional[k][i];
                if (!Float.isNaN(l) || !Float.isNaN(r)) valid = true;
                if (l > leeThr || r > regThr) f += share[k];
            }
            out[i] = valid || none ? (float) f : Float.NaN;
        }
        return out;
    }

    private static boolean allSkipped(float[][] sx) {
        for (float[] a : sx) if (a != null) return false;
        return true;
    }

    /** drift_summary.json's {@code shelter}: per sector DP share and lee / blocked fractions. */
    static ObjectNode summary(SectorShelterParams local, SectorShelterParams regional, SectorShelterPass.Result stats,
                              double[] share, double minShare, double leeThr, double regThr, double cellSizeM) {
        ObjectNode sh = JsonNodeFactory.instance.objectNode();
        sh.put("sectors", local.sectors());
        sh.put("convention", "sector k = wind blowing FROM k*360/S deg (+-180/S); Sx searched along rays toward fromDeg");
        sh.put("localDistanceM", local.scale().maxDistanceM());
        sh.put("regionalDistanceM", regional.scale().maxDistanceM());
        sh.put("regionalDemCellM", regional.blockCells() * cellSizeM);
        sh.put("minDpShare", minShare);
        sh.put("leeShelterThresholdDeg", leeThr);
        sh.put("regionalShelterThresholdDeg", regThr);
        Json.put(sh, "meanShelteredDpFraction", stats.meanShelteredDpFraction());
        ArrayNode arr = sh.putArray("bySector");
        for (int k = 0; k < share.length; k++) {
            ObjectNode s = arr.addObject();
            s.put("sector", k);
            s.put("fromDeg", local.fromDeg(k));
            s.put("compass", WindDirection.compassPoint16(local.fromDeg(k)));
            Json.put(s, "dpShare", share[k]);
            SectorShelterPass.SectorStats l = stats.local()[k], r = stats.regional()[k];
            s.put("computed", l != null);
            if (l != null) {
                Json.put(s, "fractionLocalLee", l.fractionAbove());
                Json.put(s, "fractionRegionallyBlocked", r.fractionAbove());
                Json.put(s, "medianSxLocalDeg", l.medianDeg());
                Json.put(s, "medianSxRegionalDeg", r.medianDeg());
            }
        }
        return sh;
    }

    /**
     * The migrate stage's lee and blocking flags over the whole grid: bit k of a cell set when its Sx of sector
     * k exceeds the local (lee) or regional (blocking) threshold. Reads one band at a time ({@link Reader}).
     */
    static ShelterMask mask(StageContext ctx, Path sxLocalFile, Path sxRegionalFile, TransportParams p) throws IOException {
        try (Reader r = Reader.open(ctx, sxLocalFile, sxRegionalFile, p)) {
            return r.mask(r.local.grid().extent());
        }
    }

    /**
     * Both shelter files opened for window reads (strips of the study grid), each band's sector taken from its
     * {@code fromDeg} metadata (the band index when absent) and both files checked to hold one band per
     * sector (4, 8 or 16) with the same sector count. Close when done.
     */
    static final class Reader implements AutoCloseable {
        final RasterSource local;
        final RasterSource regional;
        final int sectors;
        private final int[] localSector;
        private final int[] regionalSector;
        private final double leeThr;
        private final double regThr;

        private Reader(RasterSource local, RasterSource regional, int sectors, int[] localSector, int[] regionalSector,
                       TransportParams p) {
            this.local = local;
            this.regional = regional;
            this.sectors = sectors;
            this.localSector = localSector;
            this.regionalSector = regionalSector;
            this.leeThr = p.leeShelterThresholdDeg();
            this.regThr = p.regionalShelterThresholdDeg();
        }

        static Reader open(StageContext ctx, Path sxLocalFile, Path sxRegionalFile, TransportParams p) throws IOException {
            RasterSource l = ctx.run().rasters().open(sxLocalFile);
            RasterSource r = null;
            try {
                r = ctx.run().rasters().open(sxRegionalFile);
                int s = sectorCount(sxLocalFile, l);
                int sr = sectorCount(sxRegionalFile, r);
                if (sr != s) {
                    throw new InputDataException(sxRegionalFile.toString(), "has " + sr + " sector bands but " + sxLocalFile.getFileName()
                            + " has " + s, "re-run the drift stage so both shelter files use drift.shelterSectors");
                }
                return new Reader(l, r, s, sectorsOf(l, s), sectorsOf(r, s), p);
            } catch (IOException | RuntimeException e) {
                l.close();
                if (r != null) r.close();
                throw e;
            }
        }

        private static int sectorCount(Path file, RasterSource src) {
            int s = src.bandCount();
            if (s != 4 && s != 8 && s != 16) {
                throw new InputDataException(file.toString(), "has " + s + " bands, not one per wind sector (4, 8 or 16)",
                        "re-run the drift stage (dunefront drift) to write the shelter index per sector");
            }
            return s;
        }

        private static int[] sectorsOf(RasterSource src, int s) {
            int[] k = new int[s];
            for (int band = 0; band < s; band++) {
                String from = src.bandInfo(band).metadata().get("fromDeg");
                k[band] = from == null ? band : ShelterMask.sectorOf(Double.parseDouble(from), s);
            }
            return k;
        }

        /**
         * Cells of {@code win} sheltered for wind from sector {@code k}: Sx_local,k &gt; leeShelterThresholdDeg or
         * Sx_regional,k &gt; regionalShelterThresholdDeg (NaN never is), row-major over the window.
         */
        boolean[] sheltered(int k, Window win) throws IOException {
            boolean[] out = new boolean[win.width() * win.height()];
            flag(local, localSector, k, win, leeThr, out);
            flag(regional, regionalSector, k, win, regThr, out);
            return out;
        }

        private static void flag(RasterSource src, int[] sectorOfBand, int k, Window win, double thr, boolean[] out)
                throws IOException {
            for (int band = 0; band < sectorOfBand.length; band++) {
                if (sectorOfBand[band] != k) continue;
                float[] sx = StageRasters.floats(src.read(band, win));
                for (int i = 0; i < sx.length; i++) if (sx[i] > thr) out[i] = true;
            }
        }

        /** One band worth reading: a cell is sheltered for {@code sector} where the band's Sx exceeds {@code thresholdDeg}. */
        record Band(RasterSource source, int band, int sector, double thresholdDeg) { }

        /**
         * The bands of both files that can flag a cell, local then regional in band order: bands whose metadata says
         * {@code computed=false} are left out (drift writes them all NaN, which never exceeds a threshold), so the
         * flags are those of {@link #sheltered} without decoding the skipped bands.
         */
        java.util.List<Band> bandsToRead() {
            java.util.List<Band> out = new ArrayList<>();
            addBands(local, localSector, leeThr, out);
            addBands(regional, regionalSector, regThr, out);
            return out;
        }

        private static void addBands(RasterSource src, int[] sectorOfBand, double thr, java.util.List<Band> out) {
            for (int band = 0; band < sectorOfBand.length; band++) {
                if ("false".equals(src.bandInfo(band).metadata().get("computed"))) continue;
                out.add(new Band(src, band, sectorOfBand[band], thr));
            }
        }

        /** The mask of the cells of {@code win} (cell 0 = the window's first cell). */
        ShelterMask mask(Window win) throws IOException {
            int n = win.width() * win.height();
            ShelterMask.Builder b = ShelterMask.builder(n, sectors);
            for (int k = 0; k < sectors; k++) b.mark(k, sheltered(k, win), 0, n);
            return b.build();
        }

        @Override
        public void close() throws IOException {
            try {
                local.close();
            } finally {
                regional.close();
            }
        }
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
