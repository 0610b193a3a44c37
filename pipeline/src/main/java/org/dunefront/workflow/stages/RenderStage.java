package org.dunefront.workflow.stages;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dunefront.config.DunefrontConfig;
import org.dunefront.config.RenderConfig;
import org.dunefront.error.ConfigurationException;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSource;
import org.dunefront.io.image.MapImageFiles;
import org.dunefront.legend.LandCoverClass;
import org.dunefront.plan.PlanLegend;
import org.dunefront.render.ActionPlanMapRenderer;
import org.dunefront.render.CategoryStyle;
import org.dunefront.render.MapLabel;
import org.dunefront.render.MapFonts;
import org.dunefront.render.MapLayout;
import org.dunefront.render.MapRequest;
import org.dunefront.render.WindRose;
import org.dunefront.workflow.InputFile;
import org.dunefront.workflow.RunContext;
import org.dunefront.workflow.Stage;
import org.dunefront.workflow.StageContext;
import org.dunefront.workflow.StageResult;

/**
 * render: the action-plan map as PNG and PDF ({@code render.ActionPlanMapRenderer}): hillshade of
 * the ingested DEM (when {@code render.hillshade}), the plan's action codes with the
 * {@link PlanLegend} styles and phase outlines, and each scheduled patch's phase label at its
 * centroid (label priority = 1 / rank), muted land cover from the ingested land cover and the legend, and
 * the sand rose of {@code drift/drift_summary.json}. The legend lists only the plan codes and land-cover
 * classes present on the map, named in {@code render.language} ({@link ChineseMapNames}: legend names, fixed
 * headings, north letter, scale units, credits, and the title when left at its default); the text is drawn in
 * the first font that can display all of it ({@link #fontFamily}), so Chinese names never show as boxes.
 */
final class RenderStage implements Stage {
    static final String PNG = "action_plan_map.png";
    static final String PDF = "action_plan_map.pdf";
    static final double PDF_DPI = 150;
    static final String CREDITS = "Labels: phase and priority rank of each scheduled patch (e.g. 1a #3). "
            + "Base: hillshade of the study DEM (Horn 1981) under muted land cover. Sand rose: Fryberger & Dean (1979) "
            + "drift potential per direction, arrow = resultant drift direction. Dunefront; phases per the regional plan "
            + "for the Shiyang River Basin. Sample basin data are synthetic.";

    @Override public String name() { return "render"; }
    @Override public List<String> upstream() { return List.of("ingest", "drift", "rank", "plan"); }
    /** The legend file (land-cover colours and names of the base map), unless a built-in legend is used. */
    @Override public List<InputFile> inputs(RunContext context) { return StageLegend.inputs(context); }

    @Override
    public JsonNode parameters(DunefrontConfig c) {
        return Params.of("render", c.render());
    }

    @Override
    public StageResult run(StageContext ctx) throws IOException {
        RenderConfig cfg = ctx.run().config().render();
        Path plan = ctx.upstream("plan").resolve(PlanOutputs.ACTION_MAP);
        Path dem = ctx.upstream("ingest").resolve("dem.tif");
        Path landcover = ctx.upstream("ingest").resolve("landcover.tif");
        try (RasterSource actions = ctx.run().rasters().open(plan);
             RasterSource relief = cfg.hillshade() && Files.isRegularFile(dem) ? ctx.run().rasters().open(dem) : null;
             RasterSource cover = Files.isRegularFile(landcover) ? ctx.run().rasters().open(landcover) : null) {
            GridGeometry grid = actions.grid();
            int threads = ctx.run().threads();
            Set<Integer> used = codesPresent(actions, threads, ctx.progress().scaled(0, 0.04));
            List<CategoryStyle> styles = new ArrayList<>();
            for (PlanLegend.Entry e : PlanLegend.entries()) {
                if (e.code() != 0 && used.contains(e.code())) {
                    styles.add(new CategoryStyle(e.code(), e.argb(), ChineseMapNames.plan(e, cfg.language())));
                }
            }
            Set<Integer> coverUsed = cover == null ? Set.of() : codesPresent(cover, threads, ctx.progress().scaled(0.04, 0.08));
            List<CategoryStyle> coverStyles = new ArrayList<>();
            for (LandCoverClass c : StageLegend.of(ctx.run()).classes()) {
                if (coverUsed.contains(c.code())) {
                    coverStyles.add(new CategoryStyle(c.code(), c.argb(), ChineseMapNames.landCover(c, cfg.language())));
                }
            }
            WindRose rose = DriftSummaryRose.read(ctx.upstream("drift")).orElse(null);
            ctx.progress().reportOrCancel(0.1, "labels");
            List<MapLabel> labels = labels(ctx, grid, ctx.progress().scaled(0.1, 0.3));
            String title = ChineseMapNames.title(cfg.title(), cfg.language());
            MapRequest req = new MapRequest(grid, relief, cover, coverStyles, actions, styles, PlanLegend.phaseByCode(),
                    labels, rose, title, ChineseMapNames.credits(cfg.language()), ChineseMapNames.texts(cfg.language()));
            MapLayout d = MapLayout.defaults();
            MapLayout layout = new MapLayout(cfg.previewWidthPx(), d.legendWidthPx(),
                    fontFamily(cfg.fontFamily(), ActionPlanMapRenderer.texts(req)), d.landcoverWeight(),
                    d.sunAzimuthDeg(), d.sunAltitudeDeg());
            ctx.progress().reportOrCancel(0.3, "drawing the map");
            var image = new ActionPlanMapRenderer(layout).render(req).image();
            ctx.progress().reportOrCancel(0.8, "writing PNG and PDF");
            MapImageFiles.writePng(image, ctx.output(PNG));
            MapImageFiles.writePdf(image, ctx.output(PDF), title, PDF_DPI);
            return StageResult.of(Map.of("mapLabels", (double) labels.size()));
        }
    }

    /**
     * The map's font family: {@code configured} (render.fontFamily) when set, else the first of
     * {@link MapFonts#DEFAULT_FAMILIES} that can display every text; DejaVu Sans when none is installed but
     * Java's default font can display the text (Latin labels on a machine without the font).
     *
     * @throws ConfigurationException when no font can display the text (e.g. Chinese labels without a CJK font)
     */
    static String fontFamily(String configured, List<String> texts) {
        boolean set = configured != null && !configured.isBlank();
        List<String> candidates = set ? List.of(configured.trim()) : MapFonts.DEFAULT_FAMILIES;
        Optional<String> family = MapFonts.familyFor(candidates, texts);
        if (family.isPresent()) return family.get();
        String install = "install a CJK font (Debian/Ubuntu: apt-get install " + MapFonts.CJK_FONT_PACKAGE
                + ", or run scripts/install-deps.sh as root)";
        if (set && !MapFonts.installedFamilies().contains(configured.trim())) {
            throw new ConfigurationException("render.fontFamily", "font family '" + configured + "' is not installed",
                    "Set render.fontFamily to an installed family (fc-list : family), leave it empty to choose one automatically, or "
                            + install);
        }
        if (!set && MapFonts.firstUndisplayable(Font.SANS_SERIF, texts).isEmpty()) return MapLayout.defaults().fontFamily();
        String text = MapFonts.firstUndisplayable(set ? configured.trim() : Font.SANS_SERIF, texts).orElse("");
        throw new ConfigurationException("render.fontFamily", (set ? "font family '" + configured.trim() + "'"
                : "no installed font of " + String.join(", ", MapFonts.DEFAULT_FAMILIES)) + " can display the map text '" + text + "'",
                "To draw these characters, " + install + (set ? ", then leave render.fontFamily empty or set it to that font" : ""));
    }

    /** "Phase 1a — saline-alkali shrubs", rank 3 → "1a #3": the legend explains the phase codes. */
    static String shortLabel(String phaseLabel, String rank) {
        String code = phaseLabel.startsWith("Phase ") ? phaseLabel.substring(6).split("[ —]", 2)[0] : phaseLabel;
        return code + " #" + rank.trim();
    }

    /** The distinct values of band 0 ({@link #codesPresent(RasterSource, int, ProgressListener)} on one thread). */
    static Set<Integer> codesPresent(RasterSource src) throws IOException {
        return codesPresent(src, 1, ProgressListener.NONE);
    }

    /**
     * The distinct values of band 0, read in strips of whole block rows (byte bands through a 256-entry table), each
     * strip decoded on up to {@code threads} threads (column ranges of whole blocks); a set, so independent of the
     * strip and thread layout. Progress and cancellation once per strip.
     */
    static Set<Integer> codesPresent(RasterSource src, int threads, ProgressListener progress) throws IOException {
        GridGeometry g = src.grid();
        int w = g.width(), h = g.height();
        List<org.dunefront.grid.Window> columns = PatchIdStrips.columnRanges(w, src.blockSize()[0], threads);
        int strip = PatchIdStrips.stripRows(w, h, src.blockSize()[1], PatchIdStrips.STRIP_CELLS / Math.max(1, columns.size()));
        org.dunefront.grid.NoData noData = src.bandInfo(0).noData();
        List<boolean[]> seenByte = new java.util.ArrayList<>();
        List<Set<Integer>> seen = new java.util.ArrayList<>();
        for (int k = 0; k < columns.size(); k++) {
            seenByte.add(new boolean[256]);
            seen.add(new TreeSet<>());
        }
        java.util.concurrent.ExecutorService pool = columns.size() < 2 ? null
                : java.util.concurrent.Executors.newFixedThreadPool(columns.size(), r -> {
                    Thread t = new Thread(r, "render-codes");
                    t.setDaemon(true);
                    return t;
                });
        try {
            for (int r0 = 0; r0 < h; r0 += strip) {
                progress.reportOrCancel((double) r0 / h, "legend: codes present in " + src.name());
                int rows = Math.min(strip, h - r0), row0 = r0;
                List<java.util.concurrent.Future<Void>> parts = new java.util.ArrayList<>();
                for (int k = 0; k < columns.size(); k++) {
                    org.dunefront.grid.Window c = columns.get(k);
                    boolean[] bytes = seenByte.get(k);
                    Set<Integer> codes = seen.get(k);
                    java.util.concurrent.Callable<Void> part = () -> {
                        RasterBlock b = src.read(0, new org.dunefront.grid.Window(c.col(), row0, c.width(), rows));
                        if (b instanceof RasterBlock.Bytes bb) {
                            for (byte v : bb.data()) bytes[v & 0xFF] = true;
                        } else {
                            for (int r = 0; r < b.height(); r++) {
                                for (int cc = 0; cc < b.width(); cc++) if (!b.isNoData(cc, r)) codes.add((int) b.get(cc, r));
                            }
                        }
                        return null;
                    };
                    if (pool == null) {
                        call(part);
                    } else {
                        parts.add(pool.submit(part));
                    }
                }
                for (java.util.concurrent.Future<Void> f : parts) await(f);
            }
        } finally {
            if (pool != null) pool.shutdownNow();
        }
        Set<Integer> codes = new TreeSet<>();
        for (Set<Integer> s : seen) codes.addAll(s);
        for (boolean[] bytes : seenByte) {
            for (int v = 0; v < 256; v++) if (bytes[v] && !noData.matches(v)) codes.add(v);
        }
        return codes;
    }

    private static void call(java.util.concurrent.Callable<Void> c) throws IOException {
        try {
            c.call();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(java.util.concurrent.Future<Void> f) throws IOException {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new org.dunefront.grid.CancelledException("interrupted while reading the map layers");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error er) throw er;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** One label per scheduled patch at the centroid of its cells, from rank/patches.tif and plan/priorities.csv. */
    private static List<MapLabel> labels(StageContext ctx, GridGeometry grid, ProgressListener progress) throws IOException {
        Path prio = ctx.upstream("plan").resolve(PlanOutputs.PRIORITIES_CSV);
        Path ids = ctx.upstream("rank").resolve(PatchTable.LABELS);
        if (!Files.isRegularFile(prio) || !Files.isRegularFile(ids)) return List.of();
        Map<Integer, String[]> scheduled = new HashMap<>();
        List<String> lines = Files.readAllLines(prio);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", 8);
            if (f.length == 8 && Integer.parseInt(f[2]) > 0) scheduled.put(Integer.parseInt(f[0]), new String[] {f[1], f[7].replace("\"", "")});
        }
        int maxId = scheduled.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        double[] sumCol = new double[maxId + 1], sumRow = new double[maxId + 1], count = new double[maxId + 1];
        boolean[] wanted = new boolean[maxId + 1];
        for (int id : scheduled.keySet()) if (id >= 0) wanted[id] = true;
        int w = grid.width();
        try (RasterSource src = ctx.run().rasters().open(ids)) {
            PatchIdStrips.forEach(src, ctx.run().threads(), progress, "labels: patch centroids", (row0, rows, patch) -> {
                for (int r = 0; r < rows; r++) {
                    for (int c = 0; c < w; c++) {
                        int id = patch[r * w + c];
                        if (id < 0 || id > maxId || !wanted[id]) continue;
                        sumCol[id] += c + 0.5;
                        sumRow[id] += row0 + r + 0.5;
                        count[id]++;
                    }
                }
            });
        }
        Map<Integer, double[]> sums = new HashMap<>();
        for (int id = 0; id <= maxId; id++) {
            if (count[id] > 0) sums.put(id, new double[] {sumCol[id], sumRow[id], count[id]});
        }
        List<MapLabel> out = new ArrayList<>();
        sums.keySet().stream().sorted().forEach(id -> {
            double[] s = sums.get(id);
            double col = s[0] / s[2], row = s[1] / s[2];
            String[] p = scheduled.get(id);
            out.add(new MapLabel(grid.transform().x(col, row), grid.transform().y(col, row), shortLabel(p[1], p[0]),
                    1.0 / Double.parseDouble(p[0])));
        });
        return out;
    }
}
