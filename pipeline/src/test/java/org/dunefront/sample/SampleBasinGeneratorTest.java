package org.dunefront.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.MemoryRaster;
import org.dunefront.grid.RasterBlock;
import org.dunefront.io.VectorFeature;
import org.dunefront.legend.CodeHistogram;
import org.dunefront.legend.LandCoverClass;
import org.dunefront.legend.Legend;
import org.dunefront.legend.LegendFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

class SampleBasinGeneratorTest {
    private static Legend legend;
    private static SampleBasin basin;

    @BeforeAll
    static void generateDefault() {
        legend = LegendFiles.defaultLegend();
        basin = SampleBasinGenerator.generate(SampleBasinParameters.defaults(), legend);
    }

    @Test
    void gridIsCentredOnTheBasinInUtm48N() {
        // gdaltransform -s_srs EPSG:4326 -t_srs EPSG:32648 <<< "102.2 38.5" → 255823.875 4265009.225
        double[] en = UtmZone48N.forward(102.2, 38.5);
        assertEquals(255823.875, en[0], 0.01);
        assertEquals(4265009.225, en[1], 0.01);
        double[] ll = UtmZone48N.inverse(en[0], en[1]);
        assertEquals(102.2, ll[0], 1e-8);
        assertEquals(38.5, ll[1], 1e-8);
        GridGeometry g = basin.grid();
        assertEquals(32648, g.crs().epsg());
        assertEquals(400, g.width());
        assertEquals(30, g.cellSizeX());
        double cx = g.transform().x(200, 200), cy = g.transform().y(200, 200);
        assertEquals(255823.875, cx, 30);
        assertEquals(4265009.225, cy, 30);
        assertEquals(0, g.transform().originX() % 30);
        // wind grid: whole 0.1° cells covering the basin with a margin
        GridGeometry wg = basin.windU().grid();
        assertEquals(4326, wg.crs().epsg());
        assertEquals(0.1, wg.cellSizeX(), 1e-12);
        double[] env = wg.envelope();
        assertTrue(env[0] < 102.2 - 0.07 && env[2] > 102.2 + 0.07 && env[1] < 38.5 - 0.055 && env[3] > 38.5 + 0.055,
                Arrays.toString(env));
    }

    @Test
    void everyLegendClassOccurs() {
        CodeHistogram h = new CodeHistogram().add(basin.landCover().band(0));
        for (LandCoverClass c : legend.classes()) {
            assertTrue(h.count(c.code()) > 0, c.id() + " missing");
        }
        assertEquals(0, h.count(0), "no nodata cells");
        assertEquals(400L * 400, h.counts().values().stream().mapToLong(Long::longValue).sum());
        assertTrue(legend.unknownCodes(h).isEmpty());
        // the two deserts and the gobi are the big classes, the city is small
        assertTrue(h.count(legend.code("mobile_sand")) > 0.1 * 160000);
        assertTrue(h.count(legend.code("gobi")) > 0.1 * 160000);
        assertTrue(h.count(legend.code("settlement")) < 0.05 * 160000);
    }

    @Test
    void plantationMaskMarksExactlyTheShelterbelts() {
        byte[] lc = ((RasterBlock.Bytes) basin.landCover().band(0)).data();
        byte[] pm = ((RasterBlock.Bytes) basin.plantationMask().band(0)).data();
        int belt = legend.code("shelterbelt");
        for (int i = 0; i < lc.length; i++) assertEquals((lc[i] & 0xFF) == belt ? 1 : 0, pm[i], "cell " + i);
    }

    @Test
    void demHasARidgeAboveTheOasisAndAMinePit() {
        float[] dem = ((RasterBlock.Floats) basin.dem().band(0)).data();
        byte[] lc = ((RasterBlock.Bytes) basin.landCover().band(0)).data();
        double rock = meanWhere(dem, lc, legend.code("bare_rock")), farm = meanWhere(dem, lc, legend.code("farmland"));
        assertTrue(rock > farm + 300, "ridge " + rock + " vs oasis " + farm);
        for (float z : dem) assertTrue(z > 1300 && z < 3000, "elevation " + z);
        double mine = meanWhere(dem, lc, legend.code("industrial_mining"));
        assertTrue(Double.isFinite(mine));
    }

    private static double meanWhere(float[] v, byte[] lc, int code) {
        double s = 0;
        int n = 0;
        for (int i = 0; i < v.length; i++) if ((lc[i] & 0xFF) == code) { s += v[i]; n++; }
        return s / n;
    }

    /**
     * Fryberger &amp; Dean (1979) computed here independently of {@link SampleWind}: per observation
     * V (kn) = |(u, v)| / 0.514444, DP += V²(V − 12)/n for V > 12 kn, resultant from the vector sum of
     * each observation's DP toward the direction the wind blows to, RDD = atan2(E, N).
     */
    @Test
    void windDriftPotentialIsIntermediateWithResultantTowardEse() {
        MemoryRaster u = basin.windU(), v = basin.windV();
        int n = u.bandCount();
        assertEquals(1460, n);
        int cells = u.grid().width() * u.grid().height();
        for (int k = 0; k < cells; k++) {
            double dp = 0, e = 0, nn = 0;
            for (int t = 0; t < n; t++) {
                double uu = ((RasterBlock.Floats) u.band(t)).data()[k], vv = ((RasterBlock.Floats) v.band(t)).data()[k];
                double kn = Math.hypot(uu, vv) / 0.514444;
                if (kn <= 12) continue;
                double q = kn * kn * (kn - 12) / n;
                dp += q;
                double len = Math.hypot(uu, vv);            // the wind blows toward (u, v)/|(u, v)|
                e += q * uu / len;
                nn += q * vv / len;
            }
            double rdd = Math.toDegrees(Math.atan2(e, nn));
            rdd = rdd < 0 ? rdd + 360 : rdd;
            double ratio = Math.hypot(e, nn) / dp;
            assertTrue(dp >= 200 && dp < 400, "cell " + k + ": DP " + dp + " VU not intermediate");
            assertTrue(rdd >= 100 && rdd <= 135, "cell " + k + ": RDD " + rdd + "° not ESE");
            assertTrue(ratio > 0.5, "cell " + k + ": RDP/DP " + ratio);
        }
    }

    @Test
    void windIsStrongestInSpringAndComesMostlyFromTheNorthWestQuadrant() {
        MemoryRaster u = basin.windU(), v = basin.windV();
        double[] sum = new double[4];
        int[] count = new int[4];
        int fromNwToN = 0;
        for (int t = 0; t < u.bandCount(); t++) {
            String time = u.bandInfo(t).metadata().get("time");
            assertEquals(time, v.bandInfo(t).metadata().get("time"));
            int month = Integer.parseInt(time.substring(5, 7));
            int season = (month % 12) / 3;
            double uu = u.band(t).get(0, 0), vv = v.band(t).get(0, 0);
            sum[season] += Math.hypot(uu, vv);
            count[season]++;
            double from = Math.toDegrees(Math.atan2(-uu, -vv));
            from = from < 0 ? from + 360 : from;
            if (from >= 247.5 || from < 22.5) fromNwToN++;
        }
        double spring = sum[1] / count[1];
        for (int s : new int[] {0, 2, 3}) assertTrue(spring > sum[s] / count[s], "spring " + spring + " season " + s);
        assertTrue(fromNwToN > 0.6 * u.bandCount(), "W..N share " + fromNwToN);
        assertEquals("2023-01-01T00:00:00Z", u.bandInfo(0).metadata().get("time"));
        assertEquals("2023-01-01T06:00:00Z", u.bandInfo(1).metadata().get("time"));
        assertEquals("2023-12-31T18:00:00Z", u.bandInfo(1459).metadata().get("time"));
        assertEquals("m s-1", u.bandInfo(0).unit());
    }

    @Test
    void riversFlowSouthWestToNorthEastWithChannelizedOasisReach() {
        assertEquals(4, basin.rivers().features().size());
        Set<Object> channelized = new HashSet<>();
        double[] env = basin.grid().envelope();
        for (VectorFeature f : basin.rivers().features()) {
            assertEquals(Boolean.TRUE, f.get("seasonal"));
            channelized.add(f.get("channelized"));
            for (Coordinate c : f.geometry().getCoordinates()) {
                assertTrue(c.x >= env[0] - 1 && c.x <= env[2] + 1 && c.y >= env[1] - 1 && c.y <= env[3] + 1);
            }
        }
        assertEquals(Set.of(true, false), channelized);
        LineString upper = (LineString) basin.rivers().features().get(0).geometry();
        LineString lower = (LineString) basin.rivers().features().get(2).geometry();
        Coordinate source = upper.getCoordinateN(0), mouth = lower.getCoordinateN(lower.getNumPoints() - 1);
        assertTrue(mouth.x - source.x > 4000 && mouth.y - source.y > 8000, source + " -> " + mouth);
        // the oasis reach connects the upper and lower reaches
        LineString oasis = (LineString) basin.rivers().features().get(1).geometry();
        assertTrue(upper.getEndPoint().distance(oasis.getStartPoint()) < 1);
        assertEquals(Boolean.TRUE, basin.rivers().features().get(1).get("channelized"));
        assertTrue(basin.roads().features().size() >= 3);
    }

    @Test
    void sameSeedSameBasinDifferentSeedDifferentBasin() {
        SampleBasinParameters p = SampleBasinParameters.of(7, 96, 80, 30);
        SampleBasin a = SampleBasinGenerator.generate(p, legend), b = SampleBasinGenerator.generate(p, legend);
        SampleBasin c = SampleBasinGenerator.generate(SampleBasinParameters.of(8, 96, 80, 30), legend);
        assertArrayEquals(bytes(a.landCover()), bytes(b.landCover()));
        assertArrayEquals(((RasterBlock.Floats) a.dem().band(0)).data(), ((RasterBlock.Floats) b.dem().band(0)).data());
        assertArrayEquals(((RasterBlock.Floats) a.windU().band(100)).data(), ((RasterBlock.Floats) b.windU().band(100)).data());
        assertEquals(a.rivers(), b.rivers());
        assertFalse(Arrays.equals(bytes(a.landCover()), bytes(c.landCover())));
        assertFalse(Arrays.equals(((RasterBlock.Floats) a.dem().band(0)).data(), ((RasterBlock.Floats) c.dem().band(0)).data()));
        assertFalse(Arrays.equals(((RasterBlock.Floats) a.windU().band(100)).data(), ((RasterBlock.Floats) c.windU().band(100)).data()));
        // a small basin still holds every class
        CodeHistogram h = new CodeHistogram().add(a.landCover().band(0));
        for (LandCoverClass k : legend.classes()) assertTrue(h.count(k.code()) > 0, k.id() + " missing at 96x80");
    }

    private static byte[] bytes(MemoryRaster r) {
        return ((RasterBlock.Bytes) r.band(0)).data();
    }
}
