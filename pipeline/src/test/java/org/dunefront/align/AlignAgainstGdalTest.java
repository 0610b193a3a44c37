package org.dunefront.align;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.MemoryRaster;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.TileScheme;
import org.dunefront.grid.TiledExecutor;
import org.dunefront.testkit.Gdal;
import org.dunefront.testkit.GdalRasters;
import org.dunefront.testkit.RealData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alignment against gdalwarp (GDAL 3.6) on real files, on identical target grids ({@code -te}/{@code -tr}/
 * {@code -t_srs} from our study grid). Inputs are loaded through GDAL ({@link GdalRasters}), so only the
 * alignment is under test. Measured numbers are printed and recorded in docs/alignment.md.
 */
class AlignAgainstGdalTest {
    @TempDir
    static Path tmp;

    static MemoryRaster srtm;
    static MemoryRaster nlcd;
    static GridGeometry grid90;
    static Path srtmFile;
    static Path nlcdFile;

    @BeforeAll
    static void load() {
        Gdal.require();
        srtmFile = RealData.file("dem/zion_srtm_wgs84.tif");
        nlcdFile = RealData.file("landcover/zion_nlcd2011.tif");
        srtm = GdalRasters.load(srtmFile, tmp);
        nlcd = GdalRasters.load(nlcdFile, tmp);
        grid90 = StudyGrid.covering(srtm.grid(), srtm.name(), CrsDefinition.epsg(32612), 90);
    }

    /** gdalwarp of {@code file} onto {@code grid} with {@code -r method}; pixels row-major. */
    static double[] gdalwarp(Path file, GridGeometry grid, String method, String... extra) {
        double[] e = grid.envelope();
        Path out = tmp.resolve(file.getFileName() + "." + method + "." + grid.width() + ".tif");
        String[] base = {"gdalwarp", "-q", "-overwrite", "-t_srs", grid.crs().label(), "-te", num(e[0]), num(e[1]), num(e[2]), num(e[3]),
            "-ts", String.valueOf(grid.width()), String.valueOf(grid.height()), "-r", method};
        String[] cmd = Arrays.copyOf(base, base.length + extra.length + 2);
        System.arraycopy(extra, 0, cmd, base.length, extra.length);
        cmd[cmd.length - 2] = file.toString();
        cmd[cmd.length - 1] = out.toString();
        Gdal.run(cmd);
        double[] gt = Gdal.geoTransform(Gdal.info(out));
        assertArrayEquals(grid.transform().toGdal(), gt, 1e-6, "gdalwarp produced the same grid");
        return Gdal.pixels(out, 1, tmp);
    }

    static String num(double v) {
        return String.format(Locale.ROOT, "%.9f", v);
    }

    static double[] ours(MemoryRaster src, GridGeometry grid, Resampling m) {
        try (TiledExecutor ex = new TiledExecutor(2)) {
            RasterAligner a = new RasterAligner(src, grid, AlignParameters.of(m));
            MemoryRaster out = a.alignToMemory(ex, TileScheme.of(grid, 128), ProgressListener.NONE);
            RasterBlock b = out.band(0);
            double[] v = new double[grid.width() * grid.height()];
            for (int r = 0, i = 0; r < grid.height(); r++) for (int c = 0; c < grid.width(); c++) v[i++] = b.get(c, r);
            return v;
        }
    }

    /** {mean |d|, p99 |d|, max |d|, cells compared, cells valid in only one} over cells valid in both. */
    static double[] compare(double[] a, double[] b, double nodata) {
        double[] d = new double[a.length];
        int n = 0, onlyOne = 0;
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            boolean va = a[i] != nodata, vb = b[i] != nodata;
            if (va != vb) onlyOne++;
            if (!va || !vb) continue;
            d[n] = Math.abs(a[i] - b[i]);
            sum += d[n++];
        }
        double[] s = Arrays.copyOf(d, n);
        Arrays.sort(s);
        return new double[] {sum / n, s[(int) Math.floor(0.99 * (n - 1))], s[n - 1], n, onlyOne};
    }

    static double agreement(double[] a, double[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) if (a[i] == b[i]) same++;
        return (double) same / a.length;
    }

    static void print(String what, double[] s, int total) {
        System.out.printf(Locale.ROOT, "%s: mean|d|=%.4f m  p99=%.4f m  max=%.3f m  compared=%d/%d  valid-in-one-only=%d%n",
                what, s[0], s[1], s[2], (int) s[3], total, (int) s[4]);
    }

    @Test
    void srtmBilinearTo32612At90mAgreesWithGdalwarp() {
        double[] g = gdalwarp(srtmFile, grid90, "bilinear");
        double[] o = ours(srtm, grid90, Resampling.BILINEAR);
        double[] s = compare(o, g, 65535);
        print("SRTM bilinear 4326->32612 90 m", s, o.length);
        assertTrue(s[0] < 0.5, "mean absolute difference " + s[0]);
        assertTrue(s[1] < 3, "99th percentile " + s[1]);
        assertTrue(s[4] < 0.005 * o.length, "cells valid in only one result: " + s[4]);
        assertTrue(s[3] > 0.7 * o.length);
    }

    @Test
    void nlcdNearestOnTheSameGridMatchesGdalwarp() {
        double[] g = gdalwarp(nlcdFile, grid90, "near");
        double[] o = ours(nlcd, grid90, Resampling.NEAREST);
        double agree = agreement(o, g);
        System.out.printf(Locale.ROOT, "NLCD nearest user-defined UTM -> 32612 90 m: %.4f %% of %d cells identical%n", 100 * agree, o.length);
        assertTrue(agree >= 0.99, "agreement " + agree);
    }

    @Test
    void srtmCubicAndAverageAgreeWithGdalwarp() {
        double[] s = compare(ours(srtm, grid90, Resampling.CUBIC), gdalwarp(srtmFile, grid90, "cubic"), 65535);
        print("SRTM cubic 4326->32612 90 m", s, grid90.width() * grid90.height());
        assertTrue(s[0] < 0.5 && s[1] < 3, Arrays.toString(s));
        GridGeometry grid270 = StudyGrid.covering(srtm.grid(), srtm.name(), CrsDefinition.epsg(32612), 270);
        double[] a = compare(ours(srtm, grid270, Resampling.AVERAGE), gdalwarp(srtmFile, grid270, "average"), 65535);
        print("SRTM average 4326->32612 270 m", a, grid270.width() * grid270.height());
        assertTrue(a[0] < 1.0 && a[1] < 8, Arrays.toString(a));
        assertTrue(a[4] < 0.02 * grid270.width() * grid270.height(), Arrays.toString(a));
    }

    @Test
    void nlcdModeWhenCoarseningAgreesWithGdalwarp() {
        GridGeometry grid270 = StudyGrid.covering(srtm.grid(), srtm.name(), CrsDefinition.epsg(32612), 270);
        double[] o = ours(nlcd, grid270, Resampling.MODE);
        double[] g = gdalwarp(nlcdFile, grid270, "mode");
        double agree = agreement(o, g);
        System.out.printf(Locale.ROOT, "NLCD mode -> 32612 270 m: %.4f %% of %d cells identical%n", 100 * agree, o.length);
        assertTrue(agree >= 0.99, "agreement " + agree);
    }

    @Test
    void coarseEra5WindUpsampledBilinearlyAgreesWithGdalwarp() {
        Path f = RealData.file("wind/era5_u10_swus_19950714T12.tif");
        MemoryRaster u10 = GdalRasters.load(f, tmp);
        double[] s = compare(ours(u10, grid90, Resampling.BILINEAR), gdalwarp(f, grid90, "bilinear"), -9999);
        System.out.printf(Locale.ROOT, "ERA5 u10 0.25 deg -> 90 m bilinear: mean|d|=%.2e m/s max=%.2e m/s over %d cells%n", s[0], s[2], (int) s[3]);
        assertEquals(grid90.width() * grid90.height(), (int) s[3], "the coarse grid covers the study grid");
        assertTrue(s[2] < 1e-5, "float32 results agree to rounding: " + s[2]);
    }

    @Test
    void rotatedSourceMatchesGdalwarp() {
        Path f = RealData.file("encodings/original/rasterio_rotated.tif");
        MemoryRaster rot = GdalRasters.load(f, tmp);
        GridGeometry grid = StudyGrid.snap(CrsDefinition.UNKNOWN, rot.grid().envelope(), 4);
        for (String m : new String[] {"near", "bilinear"}) {
            double[] e = grid.envelope();
            Path out = tmp.resolve("rot." + m + ".tif");
            Gdal.run("gdalwarp", "-q", "-overwrite", "-te", num(e[0]), num(e[1]), num(e[2]), num(e[3]),
                    "-ts", String.valueOf(grid.width()), String.valueOf(grid.height()), "-r", m, "-dstnodata", "0", f.toString(), out.toString());
            double[] g = Gdal.pixels(out, 1, tmp);
            double[] o = ours(rot, grid, m.equals("near") ? Resampling.NEAREST : Resampling.BILINEAR);
            if (m.equals("near")) {
                double agree = agreement(o, g);
                System.out.printf(Locale.ROOT, "rotated nearest: %.4f %% of %d cells identical%n", 100 * agree, o.length);
                assertTrue(agree >= 0.99, "agreement " + agree);
            } else {
                double[] s = compare(o, g, 0);
                print("rotated bilinear (byte values)", s, o.length);
                assertTrue(s[2] <= 1 && s[4] <= 0.02 * o.length, Arrays.toString(s));
            }
        }
    }
}
