package org.dunefront.terrain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.dunefront.grid.NoData;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.Window;
import org.dunefront.testkit.Gdal;
import org.dunefront.testkit.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Horn slope and aspect against {@code gdaldem} on a real 30 m desert DEM (Mongón, Peru, UTM 17S). */
class SlopeAspectRealDataTest {

    @Test
    void matchesGdaldemSlopeAndAspect(@TempDir Path tmp) {
        Gdal.require();
        Path dem = RealData.file("dem/mongon_peru_dem_utm17s.tif");
        double[] gt = Gdal.geoTransform(Gdal.info(dem));
        Path slopeTif = tmp.resolve("slope.tif"), aspectTif = tmp.resolve("aspect.tif");
        Gdal.run("gdaldem", "slope", "-q", dem.toString(), slopeTif.toString());
        Gdal.run("gdaldem", "aspect", "-q", dem.toString(), aspectTif.toString());
        double[] z = Gdal.pixels(dem, 1, tmp);
        double[] gSlope = Gdal.pixels(slopeTif, 1, tmp), gAspect = Gdal.pixels(aspectTif, 1, tmp);
        int n = 117;
        assertEquals(n * n, z.length);
        Window grid = new Window(0, 0, n, n), out = new Window(1, 1, n - 2, n - 2);
        float[] zf = new float[z.length];
        for (int i = 0; i < z.length; i++) zf[i] = (float) z[i];
        SlopeAspect sa = SlopeAspectOp.run(new RasterBlock.Floats(grid, NoData.of(-3.4e38), zf), out, gt[1], -gt[5]);
        int compared = 0;
        for (int r = 1; r < n - 1; r++) {
            for (int c = 1; c < n - 1; c++) {
                double s = gSlope[r * n + c], a = gAspect[r * n + c];
                if (s == -9999 || Double.isNaN(sa.slopeDeg().getAbsolute(c, r))) continue;
                assertEquals(s, sa.slopeDeg().getAbsolute(c, r), 1e-3, "slope at " + c + "," + r);
                if (a != -9999 && s > 0.5) {
                    double d = Math.abs(a - sa.aspectDeg().getAbsolute(c, r));
                    assertTrue(Math.min(d, 360 - d) < 1e-2, "aspect at " + c + "," + r + ": " + a + " vs "
                            + sa.aspectDeg().getAbsolute(c, r));
                }
                compared++;
            }
        }
        assertTrue(compared > 10_000, "compared " + compared);
    }
}
