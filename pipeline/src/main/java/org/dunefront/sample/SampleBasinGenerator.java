package org.dunefront.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.MemoryRaster;
import org.dunefront.grid.NoData;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.RasterBlock;
import org.dunefront.io.VectorFeature;
import org.dunefront.io.VectorLayer;
import org.dunefront.legend.Legend;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * Generates the synthetic sample basin (see {@link SampleLandscape} for the layout and
 * {@link SampleWind} for the wind regime) into memory. Pure: no files; same parameters → same
 * arrays. Write it with {@link SampleBasinWriter}.
 */
public final class SampleBasinGenerator {
    /** Longitude of the basin centre, degrees east (Jinchang / Shiyang River Basin area). */
    public static final double CENTRE_LON_DEG = 102.2;
    /** Latitude of the basin centre, degrees north. */
    public static final double CENTRE_LAT_DEG = 38.5;
    public static final CrsDefinition UTM_48N = CrsDefinition.epsg(UtmZone48N.EPSG);
    public static final CrsDefinition WGS84 = CrsDefinition.epsg(4326);
    /** Nodata of float layers. */
    public static final float FLOAT_NODATA = -9999f;

    private SampleBasinGenerator() { }

    /** Generates the basin: study grid → landscape (lines, cover, DEM) → wind series → layers. */
    public static SampleBasin generate(SampleBasinParameters p, Legend legend) {
        return generate(p, legend, ProgressListener.NONE);
    }

    /**
     * {@link #generate(SampleBasinParameters, Legend)} reporting progress: the landscape row by row (80 % of the
     * work), then the wind series and each wind time step. When {@code progress} returns {@code false} it stops
     * with {@link org.dunefront.grid.CancelledException} (nothing is written: generation is in memory).
     */
    public static SampleBasin generate(SampleBasinParameters p, Legend legend, ProgressListener progress) {
        progress.reportOrCancel(0, "allocating " + p.widthCells() + " x " + p.heightCells() + " cells");
        GridGeometry grid = studyGrid(p);
        // the landscape paints straight into the rasters' arrays: no second copy of a large basin
        MemoryRaster landCover = landCover(grid, legend), dem = dem(grid), plantation = plantation(grid);
        SampleLandscape land = SampleLandscape.build(p, legend, ((RasterBlock.Bytes) landCover.band(0)).data(),
                ((RasterBlock.Floats) dem.band(0)).data(), ((RasterBlock.Bytes) plantation.band(0)).data(),
                progress.scaled(0, 0.8));
        progress.reportOrCancel(0.8, "wind series");
        SampleWind wind = SampleWind.generate(p.seed(), p.windYear(), p.targetDriftPotentialVu());
        GridGeometry windGrid = windGrid(grid, p.windCellSizeDeg());
        MemoryRaster[] uv = windRasters(wind, windGrid, p.seed(), progress.scaled(0.85, 1));
        return new SampleBasin(grid, landCover, dem, plantation,
                uv[0], uv[1], lines("rivers", grid, land.rivers, riverFields()), lines("roads", grid, land.roads, roadFields()));
    }

    /** The study grid: W × H square cells in EPSG:32648, centred on 102.2°E 38.5°N, origin snapped to the cell size. */
    public static GridGeometry studyGrid(SampleBasinParameters p) {
        double[] en = UtmZone48N.forward(CENTRE_LON_DEG, CENTRE_LAT_DEG);
        double cell = p.cellSizeM();
        double minX = Math.round((en[0] - p.widthCells() * cell / 2) / cell) * cell;
        double maxY = Math.round((en[1] + p.heightCells() * cell / 2) / cell) * cell;
        return GridGeometry.northUp(UTM_48N, minX, maxY, cell, cell, p.widthCells(), p.heightCells());
    }

    /** The coarse EPSG:4326 wind grid: whole cells of {@code cellDeg} covering the study grid plus one cell all round. */
    static GridGeometry windGrid(GridGeometry study, double cellDeg) {
        double[] env = study.envelope();
        double minLon = Double.POSITIVE_INFINITY, maxLon = Double.NEGATIVE_INFINITY;
        double minLat = Double.POSITIVE_INFINITY, maxLat = Double.NEGATIVE_INFINITY;
        for (double x : new double[] {env[0], env[2]}) {
            for (double y : new double[] {env[1], env[3]}) {
                double[] ll = UtmZone48N.inverse(x, y);
                minLon = Math.min(minLon, ll[0]); maxLon = Math.max(maxLon, ll[0]);
                minLat = Math.min(minLat, ll[1]); maxLat = Math.max(maxLat, ll[1]);
            }
        }
        long i0 = (long) Math.floor(minLon / cellDeg) - 1, i1 = (long) Math.ceil(maxLon / cellDeg) + 1;
        long j0 = (long) Math.floor(minLat / cellDeg) - 1, j1 = (long) Math.ceil(maxLat / cellDeg) + 1;
        double west = round9(i0 * cellDeg), north = round9(j1 * cellDeg);
        return GridGeometry.northUp(WGS84, west, north, cellDeg, cellDeg, (int) (i1 - i0), (int) (j1 - j0));
    }

    private static double round9(double v) {
        return Math.round(v * 1e9) / 1e9;
    }

    private static MemoryRaster landCover(GridGeometry grid, Legend legend) {
        Map<String, String> md = new LinkedHashMap<>();
        md.put("legend", legend.name());
        BandInfo info = new BandInfo(NoData.of(legend.noDataCode()), 1, 0, "", "land cover (Dunefront legend codes)",
                legend.palette(), legend.categoryNames(), md);
        return new MemoryRaster("landcover", grid, DataType.UINT8, List.of(info));
    }

    private static MemoryRaster dem(GridGeometry grid) {
        BandInfo info = BandInfo.of(NoData.of(FLOAT_NODATA)).withUnit("m").withDescription("elevation above sea level");
        return new MemoryRaster("dem", grid, DataType.FLOAT32, List.of(info));
    }

    private static MemoryRaster plantation(GridGeometry grid) {
        List<Integer> palette = List.of(0x00000000, 0xFF4F9A3B);
        List<String> names = List.of("No plantation", "Monoculture shelterbelt plantation");
        BandInfo info = new BandInfo(NoData.of(255), 1, 0, "", "plantation mask (1 = monoculture shelterbelt)",
                palette, names, Map.of());
        return new MemoryRaster("plantation_mask", grid, DataType.UINT8, List.of(info));
    }

    /** u and v rasters: the reference series scaled by a smooth per-cell factor and turned by a per-cell offset. */
    private static MemoryRaster[] windRasters(SampleWind wind, GridGeometry g, long seed, ProgressListener progress) {
        int n = wind.times.length;
        List<BandInfo> uInfo = new ArrayList<>(n), vInfo = new ArrayList<>(n);
        for (int t = 0; t < n; t++) {
            String iso = wind.times[t].toString();
            Map<String, String> md = Map.of("time", iso);
            uInfo.add(BandInfo.of(NoData.of(FLOAT_NODATA)).withUnit("m s-1").withDescription("u10 " + iso).withMetadata(md));
            vInfo.add(BandInfo.of(NoData.of(FLOAT_NODATA)).withUnit("m s-1").withDescription("v10 " + iso).withMetadata(md));
        }
        MemoryRaster u = new MemoryRaster("wind_u10", g, DataType.FLOAT32, uInfo);
        MemoryRaster v = new MemoryRaster("wind_v10", g, DataType.FLOAT32, vInfo);
        int cells = g.width() * g.height();
        double[] factor = new double[cells], turn = new double[cells];
        SplittableRandom root = new SplittableRandom(seed ^ 0x4752_4944L);
        ValueNoise speedNoise = new ValueNoise(root.nextLong()), dirNoise = new ValueNoise(root.nextLong());
        for (int r = 0; r < g.height(); r++) {
            for (int c = 0; c < g.width(); c++) {
                factor[r * g.width() + c] = 1 + 0.04 * speedNoise.at(c * 0.6 + 0.3, r * 0.6 + 0.3);
                turn[r * g.width() + c] = 3 * dirNoise.at(c * 0.6 + 0.3, r * 0.6 + 0.3);
            }
        }
        for (int t = 0; t < n; t++) {
            progress.reportOrCancel((double) t / n, "wind time step " + (t + 1) + " of " + n);
            float[] ud = ((RasterBlock.Floats) u.band(t)).data(), vd = ((RasterBlock.Floats) v.band(t)).data();
            for (int k = 0; k < cells; k++) {
                double speed = wind.speedMps[t] * factor[k];
                double from = Math.toRadians(wind.fromDeg[t] + turn[k]);
                // meteorological convention: wind from direction θ has u = −V sin θ, v = −V cos θ
                ud[k] = (float) (-speed * Math.sin(from));
                vd[k] = (float) (-speed * Math.cos(from));
            }
        }
        return new MemoryRaster[] {u, v};
    }

    private static List<VectorLayer.Field> riverFields() {
        return List.of(new VectorLayer.Field("name", VectorLayer.FieldType.TEXT),
                new VectorLayer.Field("channelized", VectorLayer.FieldType.BOOLEAN),
                new VectorLayer.Field("seasonal", VectorLayer.FieldType.BOOLEAN));
    }

    private static List<VectorLayer.Field> roadFields() {
        return List.of(new VectorLayer.Field("name", VectorLayer.FieldType.TEXT),
                new VectorLayer.Field("kind", VectorLayer.FieldType.TEXT));
    }

    /** Converts normalised centre lines to EPSG:32648 line strings (coordinates rounded to 1 cm). */
    private static VectorLayer lines(String name, GridGeometry grid, List<SampleLandscape.Line> lines,
                                     List<VectorLayer.Field> fields) {
        GeometryFactory gf = new GeometryFactory();
        List<VectorFeature> features = new ArrayList<>();
        for (SampleLandscape.Line l : lines) {
            List<Coordinate> cs = new ArrayList<>();
            for (int k = 0; k < l.uv().length; k++) {
                // keep every 4th vertex of the dense curve (≈ a vertex per cell or two) and the ends
                if (k % 4 != 0 && k != l.uv().length - 1) continue;
                double x = grid.transform().x(l.uv()[k][0] * grid.width(), l.uv()[k][1] * grid.height());
                double y = grid.transform().y(l.uv()[k][0] * grid.width(), l.uv()[k][1] * grid.height());
                cs.add(new Coordinate(Math.round(x * 100) / 100.0, Math.round(y * 100) / 100.0));
            }
            LineString ls = gf.createLineString(cs.toArray(Coordinate[]::new));
            features.add(new VectorFeature(ls, l.attributes()));
        }
        return new VectorLayer(name, grid.crs(), VectorLayer.GeometryType.LINESTRING, fields, features);
    }
}
