package org.dunefront.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.dunefront.align.AlignParameters;
import org.dunefront.align.RasterAligner;
import org.dunefront.align.Resampling;
import org.dunefront.align.StudyGrid;
import org.dunefront.crs.CrsRegistry;
import org.dunefront.crs.CrsTransform;
import org.dunefront.error.InputDataException;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.NoData;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSink;
import org.dunefront.grid.RasterSource;
import org.dunefront.grid.TileScheme;
import org.dunefront.grid.TiledExecutor;
import org.dunefront.grid.Window;
import org.dunefront.io.VectorFeature;
import org.dunefront.io.VectorLayer;
import org.dunefront.io.geotiff.GeoTiffReader;
import org.dunefront.io.geotiff.GeoTiffWriteOptions;
import org.dunefront.io.geotiff.GeoTiffWriter;
import org.dunefront.legend.CodeHistogram;
import org.dunefront.legend.LandCoverClass;
import org.dunefront.legend.LandCoverFlag;
import org.dunefront.legend.LandCoverMapping;
import org.dunefront.legend.Legend;
import org.dunefront.plan.RiverFlag;

/**
 * The ingest operation: turns the input files of an {@link IngestRequest} into a workspace folder of
 * aligned, tiled GeoTIFFs on one study grid (file names and contents in {@link IngestOutputs}).
 *
 * <p>Steps: open inputs → {@link #studyGrid define the study grid} (snapped to multiples of the cell size, or
 * on the land cover's own lattice when CRS and cell size are the land cover's) → rasterize the AOI (cell centre inside,
 * even-odd) → land cover: nearest neighbour, then source codes → legend codes through the mapping (codes the
 * mapping or legend lacks are an error listing them with their cell counts) → DEM: bilinear on float32
 * physical values → wind: validated (u/v band counts and grids, timestamps, speeds ≤ the limit, not all
 * zero), kept on its native grid clipped to the study area plus one cell, with its record mean u and v on that
 * same grid → rivers: lines transformed to the study
 * CRS and burnt into every cell they pass through with {@link RiverFlag} bits (missing {@code channelized} /
 * {@code seasonal} attributes fall back to "no" with a warning) → plantation mask (raster: nearest, non-zero;
 * polygons: cell centre inside) → {@code grid.json}. Every study-grid layer is nodata outside the AOI.
 *
 * <p>Assets ({@link AssetInput}, optional): read and validated right after the study grid is defined, before
 * anything is written; while the land cover is reclassified, each cell covered by an asset line or polygon
 * ({@link AssetShapes}) takes the asset's legend class, except nodata cells (outside the AOI or without land-cover
 * data) and open water (classes flagged {@code water}), which keep theirs. {@code grid.json} ("assets") and the key
 * numbers ({@code assetCellsGained.<id>}) record how many cells each asset class gained.
 *
 * <p>Resampling follows gdalwarp (see {@code org.dunefront.align}); outputs are byte-identical whatever
 * the thread count. Each raster is written to a temporary name and moved into place when complete.
 */
public final class IngestOp {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private IngestOp() { }

    /**
     * Runs the ingest into {@code workspaceDir} (created if needed).
     *
     * @param progress receives progress in [0, 1]; returning false cancels (CancelledException)
     * @throws InputDataException for missing, unreadable, non-overlapping or implausible inputs (exit code 3)
     */
    public static IngestResult run(IngestRequest req, Path workspaceDir, TiledExecutor executor, ProgressListener progress)
            throws IOException {
        return run(req, workspaceDir, executor, GeoTiffWriteOptions.defaults().deflateLevel(), progress);
    }

    /** Like {@link #run(IngestRequest, Path, TiledExecutor, ProgressListener)}, writing Deflate tiles at {@code deflateLevel} (1–9; never changes cells). */
    public static IngestResult run(IngestRequest req, Path workspaceDir, TiledExecutor executor, int deflateLevel,
                                   ProgressListener progress) throws IOException {
        Files.createDirectories(workspaceDir);
        Run run = new Run(req, workspaceDir, executor, deflateLevel);
        try (RasterSource landCover = open(req.landCover()); RasterSource dem = open(req.dem());
             RasterSource windU = open(req.windU()); RasterSource windV = open(req.windV())) {
            VectorLayer aoi = req.aoi().map(VectorInputs::read).orElse(null);
            run.grid = studyGrid(req, landCover, aoi);
            run.assets = req.assets().map(a -> AssetFeatures.read(a, req.legend(), run.grid)).orElse(null);
            progress.reportOrCancel(0.02, "study grid " + run.grid.width() + " × " + run.grid.height() + " cells");
            run.aoiMask(aoi, progress.scaled(0.02, 0.10));
            run.landCover(landCover, progress.scaled(0.10, 0.40));
            run.dem(dem, progress.scaled(0.40, 0.60));
            run.wind(windU, windV, progress.scaled(0.60, 0.80));
            run.rivers(progress.scaled(0.80, 0.90));
            run.plantation(progress.scaled(0.90, 0.98));
            run.gridJson();
            progress.reportOrCancel(1, "ingest done");
        }
        return new IngestResult(run.grid, run.windGrid, run.files, run.numbers, run.warnings);
    }

    /**
     * The study grid: CRS from the spec (or the land cover's), extent from the spec, else the AOI's bounding box,
     * else the land cover's footprint, snapped outward to multiples of the cell size.
     */
    static GridGeometry studyGrid(IngestRequest req, RasterSource landCover, VectorLayer aoi) {
        StudyGridSpec spec = req.grid();
        GridGeometry lc = landCover.grid();
        CrsDefinition crs = spec.crs().orElse(lc.crs());
        double cell = spec.cellSizeM();
        double[] envelope;
        if (!spec.extent().isEmpty()) {
            List<Double> e = spec.extent();
            envelope = new double[] {e.get(0), e.get(1), e.get(2), e.get(3)};
        } else if (aoi != null) {
            String file = req.aoi().orElseThrow().toString();
            envelope = VectorInputs.envelope(aoi, CrsTransform.between(aoi.crs(), crs, file, "the study grid"), file);
        } else {
            envelope = StudyGrid.envelopeIn(lc, landCover.name(), crs);
        }
        boolean onLandCoverLattice = lc.transform().isNorthUp() && CrsRegistry.equivalent(crs, lc.crs())
                && Math.abs(lc.cellSizeX() - cell) <= 1e-9 * cell && Math.abs(lc.cellSizeY() - cell) <= 1e-9 * cell;
        // same CRS and cell size as the land cover: its own lattice, so land-cover cells are copied, not resampled
        GridGeometry g = onLandCoverLattice ? StudyGrid.alignedTo(new GridGeometry(crs, lc.transform(), lc.width(), lc.height()), envelope)
                : StudyGrid.snap(crs, envelope, cell);
        if (g.cellCount() > Integer.MAX_VALUE) {
            throw new InputDataException(req.landCover().toString(), "the study grid would have " + g.cellCount()
                    + " cells (" + g.width() + " × " + g.height() + " at " + cell + ")",
                    "Use a larger study.cellSizeM or a smaller extent / AOI");
        }
        return g;
    }

    private static RasterSource open(Path file) throws IOException {
        RasterSource s = GeoTiffReader.open(file);
        String georef = s.metadata().getOrDefault(GeoTiffReader.GEOREFERENCING, "geotransform");
        if (!"geotransform".equals(georef)) {
            s.close();
            throw new InputDataException(file.toString(), "the raster has no affine georeferencing (" + georef + ")",
                    "Georeference it first (gdalwarp with GCPs, or gdal_translate -a_ullr -a_srs)");
        }
        return s;
    }

    /** The state of one run: the grid, the AOI mask and what was written. */
    private static final class Run {
        final IngestRequest req;
        final Path dir;
        final TiledExecutor executor;
        final GeoTiffWriteOptions options;
        final List<String> files = new ArrayList<>();
        final Map<String, Double> numbers = new TreeMap<>();
        final List<String> warnings = new ArrayList<>();
        final Consumer<String> warn = warnings::add;
        final SortedMap<String, Long> classCells = new TreeMap<>();
        GridGeometry grid;
        GridGeometry windGrid;
        TileScheme scheme;
        TileMask mask;
        /** Asset shapes burnt into the land cover, or null without {@code study.assets}. */
        AssetShapes assets;
        final SortedMap<String, Long> assetGained = new TreeMap<>();
        long assetKeptAsWater;
        List<String> windTimes = List.of();
        String mappingName = "native legend codes";

        Run(IngestRequest req, Path dir, TiledExecutor executor, int deflateLevel) {
            this.req = req;
            this.dir = dir;
            this.executor = executor;
            this.options = GeoTiffWriteOptions.defaults().withTileSize(req.tileSize()).withThreads(executor.threads())
                    .withDeflateLevel(deflateLevel);
        }

        // ---- AOI --------------------------------------------------------------------------------------

        void aoiMask(VectorLayer aoi, ProgressListener progress) throws IOException {
            scheme = TileScheme.of(grid, req.tileSize());
            mask = new TileMask(scheme);
            List<List<double[]>> polygons = new ArrayList<>();
            String file = req.aoi().map(Path::toString).orElse("");
            if (aoi != null) {
                CrsTransform t = CrsTransform.between(aoi.crs(), grid.crs(), file, "the study grid");
                for (VectorFeature f : aoi.features()) {
                    if (f.geometry() != null) polygons.addAll(VectorInputs.pixelPolygons(f.geometry(), t, grid));
                }
                if (polygons.isEmpty()) {
                    throw new InputDataException(file, "the AOI layer holds no polygon", "Give the area of interest as polygons");
                }
            }
            long[] inside = new long[1];
            executor.run(scheme, w -> {
                byte[] m = new byte[(int) w.cellCount()];
                if (aoi == null) Arrays.fill(m, (byte) 1);
                else PolygonRasterizer.fill(polygons, w, m, (byte) 1);
                long n = 0;
                for (byte b : m) n += b;
                synchronized (inside) {
                    inside[0] += n;
                }
                mask.put(w, m);
            }, progress.scaled(0, 0.7), "rasterizing the AOI");
            if (inside[0] == 0) {
                throw new InputDataException(file, "no overlap with the AOI: the AOI polygons cover no cell of the study grid "
                        + describe(grid), "Check the AOI's CRS and the study extent (study.extent / study.crs)");
            }
            numbers.put("aoiCells", (double) inside[0]);
            numbers.put("aoiAreaHa", inside[0] * grid.cellArea() / 1e4);
            BandInfo info = BandInfo.of(NoData.NONE).withDescription("area of interest (1 inside, 0 outside)");
            write(IngestOutputs.AOI, DataType.UINT8, info, w -> new RasterBlock.Bytes(w, DataType.UINT8, NoData.NONE, mask.tile(w)),
                    progress.scaled(0.7, 1));
        }

        static boolean inside(byte[] m, int i) {
            return TileMask.inside(m, i);
        }

        // ---- land cover -------------------------------------------------------------------------------

        void landCover(RasterSource src, ProgressListener progress) throws IOException {
            Legend legend = req.legend();
            int nd = legend.noDataCode();
            int[] table = codeTable();
            boolean[] keep = waterCodes(legend);
            RasterAligner aligner = new RasterAligner(src, grid, AlignParameters.of(Resampling.NEAREST));
            CodeHistogram unknown = new CodeHistogram();
            long[] perCode = new long[256];
            long[] gainedPerCode = new long[256];
            long[] assetTotals = new long[2]; // cells covered by an asset inside the AOI with data; of them kept as water
            BandInfo info = BandInfo.of(NoData.of(nd)).withDescription("land cover (" + legend.name() + " legend codes)")
                    .withPalette(legend.palette(), legend.categoryNames());
            write(IngestOutputs.LANDCOVER, DataType.UINT8, info, w -> {
                RasterBlock s = aligner.align(0, w);
                byte[] m = mask.tile(w);
                RasterBlock.Bytes out = (RasterBlock.Bytes) RasterBlock.create(DataType.UINT8, w, NoData.of(nd));
                byte[] d = out.data();
                CodeHistogram bad = new CodeHistogram();
                long[] counts = new long[256];
                long[] gained = new long[256];
                long covered = 0, kept = 0;
                byte[] asset = null;
                if (assets != null) {
                    asset = new byte[d.length];
                    assets.burn(w, asset);
                }
                for (int r = 0, i = 0; r < w.height(); r++) {
                    for (int c = 0; c < w.width(); c++, i++) {
                        int t = nd;
                        double v = s.get(c, r);
                        if (inside(m, i) && !s.noData().matches(v) && !Double.isNaN(v)) {
                            int code = (int) Math.rint(v);
                            t = code >= 0 && code < 256 ? table[code] : LandCoverMapping.UNMAPPED;
                            if (t == LandCoverMapping.UNMAPPED) {
                                bad.add(code, 1);
                                t = nd;
                            }
                        }
                        int a = asset == null ? 0 : asset[i] & 0xFF;
                        if (a != 0 && t != nd) {
                            covered++;
                            if (keep[t]) {
                                kept++;
                            } else if (t != a) {
                                gained[a]++;
                                t = a;
                            }
                        }
                        d[i] = (byte) t;
                        counts[t]++;
                    }
                }
                synchronized (perCode) {
                    unknown.merge(bad);
                    for (int k = 0; k < 256; k++) {
                        perCode[k] += counts[k];
                        gainedPerCode[k] += gained[k];
                    }
                    assetTotals[0] += covered;
                    assetTotals[1] += kept;
                }
                return out;
            }, progress, () -> {
                if (!unknown.counts().isEmpty()) {
                    throw new InputDataException(req.landCover().toString(), "land-cover codes not in the "
                            + mappingName + " (cells inside the AOI on the study grid): " + describeCounts(unknown.counts()),
                            req.mapping().isPresent()
                                    ? "Add these codes to a copy of " + req.mapping().get().file() + " (or list them under noData) and "
                                      + "point study.legendFile at it, or override single codes with study.legendMapping"
                                    : "Choose the product mapping (study.legendFile: nlcd | worldcover | corine | a mapping YAML), "
                                      + "override codes with study.legendMapping, or add the codes as classes to the legend YAML");
                }
                long valid = 0;
                for (int k = 0; k < 256; k++) {
                    if (k == nd || perCode[k] == 0) continue;
                    valid += perCode[k];
                    classCells.put(legend.byCode(k).map(LandCoverClass::id).orElse(String.valueOf(k)), perCode[k]);
                }
                if (valid == 0) {
                    throw new InputDataException(req.landCover().toString(), "no overlap with the AOI: no land-cover cell "
                            + "inside the AOI on the study grid " + describe(grid),
                            "Check that the land cover covers the AOI / study extent and that its CRS is right (gdalinfo)");
                }
                numbers.put("landcoverCells", (double) valid);
                if (assets != null) assetSummary(gainedPerCode, assetTotals[0], assetTotals[1]);
            });
        }

        /** Codes of classes flagged {@code water}: open water keeps its class under an asset (a bridge stays a river cell). */
        static boolean[] waterCodes(Legend legend) {
            boolean[] keep = new boolean[256];
            for (LandCoverClass c : legend.classes()) keep[c.code()] = c.has(LandCoverFlag.WATER);
            return keep;
        }

        /** Records the cells each asset class gained (also 0 for classes in the file that gained none) and warns when none is covered. */
        void assetSummary(long[] gainedPerCode, long covered, long keptAsWater) {
            long total = 0;
            for (AssetShapes.ClassShapes c : assets.classes()) {
                long n = gainedPerCode[c.cls().code()];
                assetGained.put(c.cls().id(), n);
                numbers.put("assetCellsGained." + c.cls().id(), (double) n);
                total += n;
            }
            assetKeptAsWater = keptAsWater;
            numbers.put("assetCellsGained", (double) total);
            numbers.put("assetCellsKeptAsWater", (double) keptAsWater);
            if (covered == 0) {
                warn.accept(req.assets().orElseThrow().file() + ": no asset feature covers a land-cover cell inside the AOI on the"
                        + " study grid; the land cover is unchanged (check the file's CRS and extent with ogrinfo -so)");
            }
        }

        /** Source value → legend code (nodata code for source nodata), {@link LandCoverMapping#UNMAPPED} when unknown. */
        int[] codeTable() {
            Legend legend = req.legend();
            int[] t;
            if (req.mapping().isPresent()) {
                LandCoverMapping m = req.mapping().get();
                t = m.lookup();
                mappingName = m.product() + " mapping (" + m.file() + ")";
            } else {
                t = new int[256];
                Arrays.fill(t, LandCoverMapping.UNMAPPED);
                for (LandCoverClass c : legend.classes()) t[c.code()] = c.code();
                t[legend.noDataCode()] = legend.noDataCode();
                mappingName = "legend '" + legend.name() + "'";
            }
            req.codeOverrides().forEach((s, c) -> t[s] = c);
            return t;
        }

        // ---- DEM --------------------------------------------------------------------------------------

        void dem(RasterSource src, ProgressListener progress) throws IOException {
            RasterAligner aligner = new RasterAligner(new Float32View(src), grid, AlignParameters.of(Resampling.BILINEAR));
            long[] valid = new long[1];
            BandInfo info = BandInfo.of(NoData.of(IngestOutputs.FLOAT_NODATA)).withUnit("m").withDescription("elevation");
            write(IngestOutputs.DEM, DataType.FLOAT32, info, w -> {
                RasterBlock s = aligner.align(0, w);
                long n = maskFloat(s, mask.tile(w));
                synchronized (valid) {
                    valid[0] += n;
                }
                return withFloatNoData(s);
            }, progress, () -> {
                if (valid[0] == 0) {
                    throw new InputDataException(req.dem().toString(), "no overlap with the AOI: no elevation value inside the AOI "
                            + "on the study grid " + describe(grid), "Give a DEM covering the study area (check its CRS with gdalinfo)");
                }
                numbers.put("demCells", (double) valid[0]);
            });
        }

        /** Sets cells outside the mask to NaN in a float block; returns the number of valid cells left. */
        long maskFloat(RasterBlock s, byte[] m) {
            float[] d = ((RasterBlock.Floats) s).data();
            long n = 0;
            for (int i = 0; i < d.length; i++) {
                if (!inside(m, i) || s.noData().matches(d[i])) d[i] = Float.NaN;
                if (!Float.isNaN(d[i])) n++;
            }
            return n;
        }

        static RasterBlock withFloatNoData(RasterBlock s) {
            float[] d = ((RasterBlock.Floats) s).data();
            for (int i = 0; i < d.length; i++) if (Float.isNaN(d[i])) d[i] = IngestOutputs.FLOAT_NODATA;
            return new RasterBlock.Floats(s.window(), NoData.of(IngestOutputs.FLOAT_NODATA), d);
        }

        // ---- wind -------------------------------------------------------------------------------------

        void wind(RasterSource u, RasterSource v, ProgressListener progress) throws IOException {
            String uf = req.windU().toString(), vf = req.windV().toString();
            if (u.bandCount() != v.bandCount()) {
                throw new InputDataException(vf, "u/v band count mismatch: " + uf + " has " + u.bandCount() + " bands (time steps), "
                        + vf + " has " + v.bandCount(), "Export u and v for the same time steps, one band per step in the same order");
            }
            if (!u.grid().sameGridAs(v.grid(), 1e-9)) {
                throw new InputDataException(vf, "the v wind grid differs from the u grid of " + uf + ": " + describe(v.grid())
                        + " vs " + describe(u.grid()), "Export u and v on the same grid");
            }
            List<String> tu = WindTimes.of(u, uf, warn), tv = WindTimes.of(v, vf, warn);
            for (int b = 0; b < tu.size(); b++) {
                if (!tu.get(b).equals(tv.get(b))) {
                    throw new InputDataException(vf, "u/v time mismatch at band " + (b + 1) + ": u " + tu.get(b) + ", v " + tv.get(b),
                            "Export u and v for the same time steps in the same order");
                }
            }
            windTimes = tu;
            Window clip = clipWindow(u.grid(), uf);
            windGrid = u.grid().subGrid(clip);
            int n = u.bandCount();
            float[][] us = new float[n][], vs = new float[n][];
            for (int b = 0; b < n; b++) {
                us[b] = physical(u, b, clip);
                vs[b] = physical(v, b, clip);
                if (b % 64 == 0) progress.reportOrCancel(0.8 * b / n, "reading wind");
            }
            WindChecks.requirePlausible(us, vs, windTimes, req.maxWindSpeedMps(), uf, vf);
            progress.reportOrCancel(0.8, "writing the native wind grid");
            writeNative(IngestOutputs.WIND_U, u, us, "eastward wind at 10 m");
            writeNative(IngestOutputs.WIND_V, v, vs, "northward wind at 10 m");
            writeNativeMeans(us, vs);
            progress.reportOrCancel(1, "wind native grid written");
            numbers.put("windTimeSteps", (double) n);
        }

        /** The window of the wind grid covering the study grid, plus one cell for the bilinear kernel. */
        Window clipWindow(GridGeometry wind, String file) {
            double[] env;
            try {
                env = StudyGrid.envelopeIn(grid, "the study grid", wind.crs());
            } catch (InputDataException e) {
                throw new InputDataException(file, "no overlap with the AOI: the study grid cannot be located in the wind CRS",
                        "Check the wind file's CRS (gdalinfo)", e);
            }
            double c0 = Double.POSITIVE_INFINITY, r0 = Double.POSITIVE_INFINITY, c1 = Double.NEGATIVE_INFINITY, r1 = Double.NEGATIVE_INFINITY;
            for (double[] p : new double[][] {{env[0], env[1]}, {env[0], env[3]}, {env[2], env[1]}, {env[2], env[3]}}) {
                double c = wind.transform().col(p[0], p[1]), r = wind.transform().row(p[0], p[1]);
                c0 = Math.min(c0, c);
                c1 = Math.max(c1, c);
                r0 = Math.min(r0, r);
                r1 = Math.max(r1, r);
            }
            int a = (int) Math.floor(c0) - 1, b = (int) Math.floor(r0) - 1;
            Window w = new Window(a, b, (int) Math.ceil(c1) + 1 - a, (int) Math.ceil(r1) + 1 - b).intersect(wind.extent());
            if (w.isEmpty()) {
                throw new InputDataException(file, "no overlap with the AOI: the wind grid " + describe(wind)
                        + " does not cover the study grid " + describe(grid), "Give wind data covering the study area");
            }
            return w;
        }

        static float[] physical(RasterSource s, int band, Window w) throws IOException {
            RasterBlock raw = s.read(band, w);
            BandInfo b = s.bandInfo(band);
            float[] out = new float[(int) w.cellCount()];
            for (int r = 0, i = 0; r < w.height(); r++) {
                for (int c = 0; c < w.width(); c++, i++) {
                    double v = raw.get(c, r);
                    out[i] = raw.noData().matches(v) || Double.isNaN(v) ? Float.NaN : (float) (v * b.scale() + b.offset());
                }
            }
            return out;
        }

        void writeNative(String name, RasterSource src, float[][] values, String description) throws IOException {
            List<BandInfo> bands = new ArrayList<>();
            for (int b = 0; b < values.length; b++) {
                Map<String, String> md = new java.util.LinkedHashMap<>(src.bandInfo(b).metadata());
                md.remove("TIME");
                md.put(WindTimes.TIME_KEY, windTimes.get(b));
                bands.add(new BandInfo(NoData.of(IngestOutputs.FLOAT_NODATA), 1, 0, "m/s", description + " " + windTimes.get(b),
                        null, null, md));
            }
            Path file = dir.resolve(name);
            try (RasterSink sink = GeoTiffWriter.create(file, windGrid, DataType.FLOAT32, bands, optionsFor(windGrid))) {
                Window local = windGrid.extent();
                for (int b = 0; b < values.length; b++) {
                    float[] d = values[b].clone();
                    for (int i = 0; i < d.length; i++) if (Float.isNaN(d[i])) d[i] = IngestOutputs.FLOAT_NODATA;
                    sink.write(b, new RasterBlock.Floats(local, NoData.of(IngestOutputs.FLOAT_NODATA), d));
                }
                sink.commit();
            }
            files.add(name);
        }

        /**
         * Record means of u and v (see {@link #recordMean}) on the wind's native grid, one single-band file each
         * ({@link IngestOutputs#WIND_U_MEAN}, {@link IngestOutputs#WIND_V_MEAN}; NaN written as the float nodata). They
         * are display layers no stage reads, so they stay on the grid the values live on: a study-grid bilinear copy cost
         * two float32 study-grid layers of interpolation and Deflate (about 40 % of the stage at 20000²) for a picture
         * QGIS draws as well from the native cells.
         */
        void writeNativeMeans(float[][] us, float[][] vs) throws IOException {
            int cells = (int) windGrid.cellCount();
            writeNativeMean(IngestOutputs.WIND_U_MEAN, recordMean(us, cells), "record-mean eastward wind at 10 m");
            writeNativeMean(IngestOutputs.WIND_V_MEAN, recordMean(vs, cells), "record-mean northward wind at 10 m");
        }

        private void writeNativeMean(String name, float[] mean, String description) throws IOException {
            BandInfo info = BandInfo.of(NoData.of(IngestOutputs.FLOAT_NODATA)).withUnit("m/s")
                    .withDescription(description + " (" + windTimes.size() + " time steps, native wind grid)");
            for (int i = 0; i < mean.length; i++) if (Float.isNaN(mean[i])) mean[i] = IngestOutputs.FLOAT_NODATA;
            try (RasterSink sink = GeoTiffWriter.create(dir.resolve(name), windGrid, DataType.FLOAT32, List.of(info),
                    optionsFor(windGrid))) {
                sink.write(0, new RasterBlock.Floats(windGrid.extent(), NoData.of(IngestOutputs.FLOAT_NODATA), mean));
                sink.commit();
            }
            files.add(name);
        }

        /** Mean over time steps per native cell, nodata (NaN) steps left out; NaN where every step is nodata. */
        static float[] recordMean(float[][] values, int cells) {
            float[] mean = new float[cells];
            for (int i = 0; i < cells; i++) {
                double sum = 0;
                int n = 0;
                for (float[] band : values) {
                    if (!Float.isNaN(band[i])) {
                        sum += band[i];
                        n++;
                    }
                }
                mean[i] = n == 0 ? Float.NaN : (float) (sum / n);
            }
            return mean;
        }

        // ---- rivers -----------------------------------------------------------------------------------

        void rivers(ProgressListener progress) throws IOException {
            Map<Integer, List<double[]>> byFlags = new TreeMap<>();
            if (req.rivers().isPresent()) {
                Path file = req.rivers().get();
                VectorLayer layer = VectorInputs.read(file);
                RiverAttributes attrs = RiverAttributes.of(layer, file.toString(), warn);
                CrsTransform t = CrsTransform.between(layer.crs(), grid.crs(), file.toString(), "the study grid");
                for (VectorFeature f : layer.features()) {
                    if (f.geometry() == null) continue;
                    byFlags.computeIfAbsent(attrs.flags(f), k -> new ArrayList<>()).addAll(VectorInputs.pixelPaths(f.geometry(), t, grid));
                }
            }
            long[] cells = new long[1];
            BandInfo info = BandInfo.of(NoData.of(IngestOutputs.FLAG_NODATA))
                    .withDescription("river flags: 1 river, 2 channelized, 4 seasonal (OR-ed)");
            write(IngestOutputs.RIVERS, DataType.UINT8, info, w -> {
                byte[] d = new byte[(int) w.cellCount()];
                byFlags.forEach((bits, paths) -> LineRasterizer.burn(paths, bits, w, d));
                byte[] m = mask.tile(w);
                long n = 0;
                for (int i = 0; i < d.length; i++) {
                    if (!inside(m, i)) d[i] = (byte) IngestOutputs.FLAG_NODATA;
                    else if (d[i] != 0) n++;
                }
                synchronized (cells) {
                    cells[0] += n;
                }
                return new RasterBlock.Bytes(w, DataType.UINT8, NoData.of(IngestOutputs.FLAG_NODATA), d);
            }, progress, () -> { });
            numbers.put("riverCells", (double) cells[0]);
            if (req.rivers().isPresent() && cells[0] == 0) {
                warn.accept(req.rivers().get() + ": no river line crosses the AOI on the study grid; rivers.tif has no river cell"
                        + " (check the file's CRS and extent with ogrinfo -so)");
            }
        }

        // ---- plantation -------------------------------------------------------------------------------

        void plantation(ProgressListener progress) throws IOException {
            RasterAligner raster = null;
            List<List<double[]>> polygons = new ArrayList<>();
            RasterSource src = null;
            try {
                if (req.plantation().isPresent()) {
                    Path file = req.plantation().get();
                    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
                    if (n.endsWith(".tif") || n.endsWith(".tiff")) {
                        src = open(file);
                        raster = new RasterAligner(src, grid, AlignParameters.of(Resampling.NEAREST));
                    } else {
                        VectorLayer layer = VectorInputs.read(file);
                        CrsTransform t = CrsTransform.between(layer.crs(), grid.crs(), file.toString(), "the study grid");
                        for (VectorFeature f : layer.features()) {
                            if (f.geometry() != null) polygons.addAll(VectorInputs.pixelPolygons(f.geometry(), t, grid));
                        }
                    }
                }
                RasterAligner aligner = raster;
                long[] cells = new long[1];
                BandInfo info = BandInfo.of(NoData.of(IngestOutputs.FLAG_NODATA))
                        .withDescription("existing plantations (1 plantation, 0 none)");
                write(IngestOutputs.PLANTATION, DataType.UINT8, info, w -> {
                    byte[] d = new byte[(int) w.cellCount()];
                    if (aligner != null) {
                        RasterBlock s = aligner.align(0, w);
                        for (int r = 0, i = 0; r < w.height(); r++) {
                            for (int c = 0; c < w.width(); c++, i++) {
                                double v = s.get(c, r);
                                if (!s.noData().matches(v) && !Double.isNaN(v) && v != 0) d[i] = 1;
                            }
                        }
                    } else {
                        PolygonRasterizer.fill(polygons, w, d, (byte) 1);
                    }
                    byte[] m = mask.tile(w);
                    long n = 0;
                    for (int i = 0; i < d.length; i++) {
                        if (!inside(m, i)) d[i] = (byte) IngestOutputs.FLAG_NODATA;
                        else n += d[i];
                    }
                    synchronized (cells) {
                        cells[0] += n;
                    }
                    return new RasterBlock.Bytes(w, DataType.UINT8, NoData.of(IngestOutputs.FLAG_NODATA), d);
                }, progress, () -> { });
                numbers.put("plantationCells", (double) cells[0]);
            } finally {
                if (src != null) src.close();
            }
        }

        /** Tiles no larger than the grid needs (a 4 × 4 wind grid with 1460 bands must not be padded to 512 × 512 tiles). */
        GeoTiffWriteOptions optionsFor(GridGeometry g) {
            int need = (Math.max(g.width(), g.height()) + 15) / 16 * 16;
            return need < options.tileSize() ? options.withTileSize(need) : options;
        }

        // ---- grid.json and writing --------------------------------------------------------------------

        void gridJson() throws IOException {
            ObjectNode o = JSON.createObjectNode();
            o.set("grid", gridNode(grid));
            ObjectNode wind = o.putObject("wind");
            wind.set("nativeGrid", gridNode(windGrid));
            wind.put("timeSteps", windTimes.size());
            ArrayNode times = wind.putArray("times");
            windTimes.forEach(times::add);
            wind.put("recordMean", "record-mean u and v on the native wind grid (" + IngestOutputs.WIND_U_MEAN + ", "
                    + IngestOutputs.WIND_V_MEAN + ")");
            o.put("legend", req.legend().name());
            o.put("landcoverCoding", mappingName);
            ObjectNode cc = o.putObject("landcoverCells");
            classCells.forEach(cc::put);
            if (assets != null) {
                ObjectNode a = o.putObject("assets");
                a.put("file", req.assets().orElseThrow().file().getFileName().toString());
                a.put("lineWidthM", req.assets().orElseThrow().lineWidthM());
                ObjectNode feats = a.putObject("features");
                new TreeMap<>(assets.classes().stream().collect(java.util.stream.Collectors.toMap(
                        c -> c.cls().id(), AssetShapes.ClassShapes::features))).forEach(feats::put);
                ObjectNode gained = a.putObject("cellsGained");
                assetGained.forEach(gained::put);
                a.put("cellsKeptAsWater", assetKeptAsWater);
            }
            ObjectNode nums = o.putObject("numbers");
            numbers.forEach(nums::put);
            ArrayNode out = o.putArray("files");
            files.forEach(out::add);
            ArrayNode w = o.putArray("warnings");
            warnings.forEach(w::add);
            Path tmp = dir.resolve("." + IngestOutputs.GRID_JSON + ".tmp");
            Files.writeString(tmp, JSON.writeValueAsString(o) + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, dir.resolve(IngestOutputs.GRID_JSON), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            files.add(IngestOutputs.GRID_JSON);
        }

        static ObjectNode gridNode(GridGeometry g) {
            ObjectNode n = JSON.createObjectNode();
            ObjectNode crs = n.putObject("crs");
            if (g.crs().epsgCode().isPresent()) crs.put("epsg", g.crs().epsgCode().getAsInt());
            if (!g.crs().wkt().isEmpty()) crs.put("wkt", g.crs().wkt());
            n.put("width", g.width());
            n.put("height", g.height());
            ArrayNode gt = n.putArray("geoTransform");
            for (double d : g.transform().toGdal()) gt.add(d);
            return n;
        }

        interface BlockJob {
            RasterBlock compute(Window w) throws Exception;
        }

        interface Check {
            void run();
        }

        /** Computes every tile of the study grid into {@code name}; {@code beforeCommit} may reject the result. */
        void write(String name, DataType type, BandInfo info, BlockJob job, ProgressListener progress, Check beforeCommit)
                throws IOException {
            try (RasterSink sink = GeoTiffWriter.create(dir.resolve(name), grid, type, List.of(info), optionsFor(grid))) {
                try {
                    executor.run(scheme, w -> sink.write(0, job.compute(w)), progress, "writing " + name);
                } catch (TiledExecutor.TileJobException e) {
                    if (e.getCause() instanceof IOException io) throw io;
                    throw e;
                }
                beforeCommit.run();
                sink.commit();
            }
            files.add(name);
        }

        void write(String name, DataType type, BandInfo info, BlockJob job, ProgressListener progress) throws IOException {
            write(name, type, info, job, progress, () -> { });
        }
    }

    static String describe(GridGeometry g) {
        double[] e = g.envelope();
        return String.format(Locale.ROOT, "(%d × %d cells, %.6g, %.6g – %.6g, %.6g in %s)", g.width(), g.height(),
                e[0], e[1], e[2], e[3], g.crs().label());
    }

    /** "17 (1203 cells), 42 (12 cells)". */
    static String describeCounts(Map<Integer, Long> counts) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Integer, Long> e : counts.entrySet()) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(e.getKey()).append(" (").append(e.getValue()).append(e.getValue() == 1 ? " cell)" : " cells)");
        }
        return sb.toString();
    }
}
