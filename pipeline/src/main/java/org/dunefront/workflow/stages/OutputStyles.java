package org.dunefront.workflow.stages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.dunefront.ingest.IngestOutputs;
import org.dunefront.legend.Legend;
import org.dunefront.plan.RiverFlag;
import org.dunefront.style.Category;
import org.dunefront.style.ClassStyle;
import org.dunefront.style.ColourRamp;
import org.dunefront.style.LandCoverStyle;
import org.dunefront.style.RampStop;
import org.dunefront.style.RampStyle;
import org.dunefront.style.RasterStyle;

/**
 * The one catalog of raster styles: for every GeoTIFF a stage writes, the style (QGIS QML and OGC SLD)
 * written beside it ({@code dp.tif} → {@code dp.qml}, {@code dp.sld}; {@link StageStyles}) and committed in
 * the repository's {@code styles/} folder ({@link #repositoryFiles}, regenerated with
 * {@code dunefront sample-data --write-styles styles/}).
 *
 * <p>Class rasters get their raster's own palette and category names ({@link DriftStage#CLASS_PALETTE},
 * the land-cover legend, {@link PlanStyles}); continuous rasters get ramps with break values in the
 * layer's units. Names in {@code styles/}: the output file's stem; the {@code *_native.tif} variants share
 * their study-grid layer's style, {@code thickness_<N>y.tif} shares {@code thickness_30y} (the default
 * horizon), and {@code rank/patches.tif} (patch ids) is {@code patch_ids} because {@code patches.qml} is
 * the style of the plan's {@code patches} vector layer.
 */
public final class OutputStyles {
    /** Ramp stops per tenfold increase of the patch id above {@link #PATCH_COLOURS}'s length (see {@link #patchIds}). */
    static final int PATCH_STOPS_PER_DECADE = 12;
    /** ColorBrewer Paired-12 (Brewer, www.ColorBrewer.org): neighbouring patch ids get distinct colours. */
    private static final int[] PATCH_COLOURS = {0xA6CEE3, 0x1F78B4, 0xB2DF8A, 0x33A02C, 0xFB9A99, 0xE31A1C,
        0xFDBF6F, 0xFF7F00, 0xCAB2D6, 0x6A3D9A, 0xFFFF99, 0xB15928};

    /**
     * One catalog entry.
     *
     * @param stage     stage whose folder holds the raster
     * @param styleName file stem in {@code styles/} and SLD layer name
     * @param stems     the raster file stems (without {@code .tif}) this style applies to
     * @param style     the style; the function gets the run's land-cover legend
     */
    record Entry(String stage, String styleName, Pattern stems, Function<Legend, RasterStyle> style) { }

    private static final List<Entry> ENTRIES = build();

    private OutputStyles() { }

    /** The entry of {@code fileName} ({@code x.tif}) written by {@code stage}. */
    static Optional<Entry> entry(String stage, String fileName) {
        if (!fileName.endsWith(".tif")) return Optional.empty();
        String stem = fileName.substring(0, fileName.length() - 4);
        return ENTRIES.stream().filter(e -> e.stage().equals(stage) && e.stems().matcher(stem).matches()).findFirst();
    }

    /** Every entry, in stage order. */
    static List<Entry> entries() {
        return ENTRIES;
    }

    /**
     * The committed {@code styles/} files: {@code <styleName>.qml} and {@code .sld} of every entry (land cover from
     * {@code legend}) and the plan's {@code patches} vector styles, file name → text.
     */
    public static Map<String, String> repositoryFiles(Legend legend) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Entry e : entries()) {
            RasterStyle s = e.style().apply(legend);
            out.put(e.styleName() + ".qml", s.qml());
            out.put(e.styleName() + ".sld", s.sld(e.styleName()));
        }
        out.put(PlanStyles.PATCHES_QML, PlanStyles.patchesQml());
        out.put(PlanStyles.PATCHES_SLD, PlanStyles.patchesSld());
        return out;
    }

    /** Writes {@link #repositoryFiles} into {@code dir} (created if missing), each through a temp name. */
    public static List<Path> writeRepositoryFiles(Legend legend, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> f : repositoryFiles(legend).entrySet()) {
            Path target = dir.resolve(f.getKey()), tmp = dir.resolve(f.getKey() + ".tmp");
            Files.writeString(tmp, f.getValue(), StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            written.add(target);
        }
        return written;
    }

    private static List<Entry> build() {
        List<Entry> e = new ArrayList<>();
        // ingest
        e.add(new Entry("ingest", "landcover", stem(IngestOutputs.LANDCOVER), LandCoverStyle::style));
        fixed(e, "ingest", "dem", stem(IngestOutputs.DEM), RampStyle.sequential("Elevation (m)", "m", ColourRamp.ELEVATION,
                1200, 1500, 2000, 2500, 3000, 4000, 5000));
        fixed(e, "ingest", "aoi", stem(IngestOutputs.AOI), new ClassStyle("Area of interest (mask)", List.of(
                Category.of(0, "outside the area of interest", 0x80808080),
                Category.of(1, "inside the area of interest", 0x00FFFFFF))));
        fixed(e, "ingest", "plantation", stem(IngestOutputs.PLANTATION), new ClassStyle("Existing plantations", List.of(
                Category.of(0, "no plantation", 0x00FFFFFF),
                Category.of(1, "existing plantation", 0xFF4F9A3B))));
        fixed(e, "ingest", "rivers", stem(IngestOutputs.RIVERS), riverStyle());
        fixed(e, "ingest", "wind_u", stem(IngestOutputs.WIND_U),
                wind("Eastward 10 m wind u (m/s), native wind grid, band 1 = first time step", "westward", "eastward"));
        fixed(e, "ingest", "wind_v", stem(IngestOutputs.WIND_V),
                wind("Northward 10 m wind v (m/s), native wind grid, band 1 = first time step", "southward", "northward"));
        fixed(e, "ingest", "wind_u_mean_native", stem(IngestOutputs.WIND_U_MEAN),
                wind("Record-mean eastward 10 m wind u (m/s), native wind grid", "westward", "eastward"));
        fixed(e, "ingest", "wind_v_mean_native", stem(IngestOutputs.WIND_V_MEAN),
                wind("Record-mean northward 10 m wind v (m/s), native wind grid", "southward", "northward"));
        // drift (the *_native.tif variants share the study-grid style)
        fixed(e, "drift", "dp", withNative(DriftOutputs.DP), driftPotential("DP (VU): Fryberger & Dean (1979) drift potential"));
        fixed(e, "drift", "rdp", withNative(DriftOutputs.RDP), driftPotential("RDP (VU): resultant drift potential"));
        fixed(e, "drift", "rdd", withNative(DriftOutputs.RDD),
                RampStyle.compass("RDD (°): resultant drift direction, toward which sand moves, clockwise from north", ColourRamp.COMPASS));
        fixed(e, "drift", "rdp_dp", withNative(DriftOutputs.RDP_DP),
                RampStyle.sequential("RDP/DP (1): directional variability", "", ColourRamp.VIRIDIS, 0, 0.3, 0.8, 1)
                        .withNote(0.3, "intermediate from 0.3").withNote(0.8, "high above 0.8"));
        fixed(e, "drift", "dp_class", withNative(DriftOutputs.DP_CLASS), driftClasses(
                "Fryberger & Dean (1979) wind energy class of DP", "DP < 200 VU", "200 ≤ DP < 400 VU", "DP ≥ 400 VU"));
        fixed(e, "drift", "rdp_dp_class", withNative(DriftOutputs.RDP_DP_CLASS), driftClasses(
                "Directional variability class of RDP/DP (Fryberger & Dean 1979)", "RDP/DP < 0.3", "0.3 ≤ RDP/DP ≤ 0.8",
                "RDP/DP > 0.8"));
        fixed(e, "drift", "qx", withNative(DriftOutputs.QX), flux("qx (m³/m/yr): eastward annual potential sand flux",
                "westward", "eastward", 5, 20, 50, 100));
        fixed(e, "drift", "qy", withNative(DriftOutputs.QY), flux("qy (m³/m/yr): northward annual potential sand flux",
                "southward", "northward", 5, 20, 50, 100));
        fixed(e, "drift", "qx_monthly_native", stem(DriftOutputs.QX_MONTHLY_NATIVE), flux(
                "qx (m³/m/yr): eastward potential sand flux per month, native wind grid, band 1 = January", "westward", "eastward",
                5, 20, 50, 100));
        fixed(e, "drift", "qy_monthly_native", stem(DriftOutputs.QY_MONTHLY_NATIVE), flux(
                "qy (m³/m/yr): northward potential sand flux per month, native wind grid, band 1 = January", "southward",
                "northward", 5, 20, 50, 100));
        fixed(e, "drift", "flux_weighted_wind", withNative(DriftOutputs.FLUX_WIND), RampStyle.sequential(
                "Flux-weighted 10 m wind speed (m/s)", "m/s", ColourRamp.VIRIDIS, 4, 6, 8, 10, 12, 16));
        fixed(e, "drift", "slope", stem(DriftOutputs.SLOPE), RampStyle.sequential("Slope (°), Horn (1981)", "°",
                ColourRamp.YL_OR_BR, 0, 2, 5, 10, 20, 45));
        fixed(e, "drift", "aspect", stem(DriftOutputs.ASPECT),
                RampStyle.compass("Aspect (°): downslope azimuth, clockwise from north, Horn (1981)", ColourRamp.COMPASS));
        fixed(e, "drift", "sx_local", stem(DriftOutputs.SX_LOCAL),
                shelter("Sx (°): Winstral shelter index, local scale, band k = wind from k·360/S"));
        fixed(e, "drift", "sx_regional", stem(DriftOutputs.SX_REGIONAL),
                shelter("Sx (°): Winstral shelter index, regional scale, band k = wind from k·360/S"));
        fixed(e, "drift", "shelter_dp_fraction", stem(DriftOutputs.SHELTER_DP_FRACTION), RampStyle.sequential(
                "Share of the basin drift potential for which the cell is a lee zone or mountain-blocked (1)", "",
                ColourRamp.YL_OR_BR, 0, 0.05, 0.1, 0.25, 0.5, 1).transparentAt(0).withNote(0, "exposed to every sand-moving wind"));
        // migrate
        fixed(e, "migrate", "thickness_30y", Pattern.compile("thickness_\\d+y"), RampStyle.sequential(
                "Sand thickness at the horizon (m)", "m", ColourRamp.YL_OR_BR, 0, 0.1, 0.5, 1, 2, 5, 10)
                .transparentAt(0).withNote(0, "no sand"));
        fixed(e, "migrate", "net_change", stem(MigrateOutputs.NET_CHANGE), RampStyle.diverging(
                "Net change of sand thickness (m): + deposition, - erosion", "m", ColourRamp.PURPLE_WHITE_ORANGE,
                "erosion", "deposition", 0.1, 0.5, 2, 10));
        RampStyle arrival = RampStyle.sequential("Years until sand arrives (yr)", "yr", ColourRamp.YL_OR_RD_REVERSED,
                0, 1, 2, 5, 10, 20, 30);
        fixed(e, "migrate", "first_arrival_year", stem(MigrateOutputs.FIRST_ARRIVAL),
                new RampStyle("Years until sand first reaches an asset cell (yr)", arrival.stops()));
        fixed(e, "migrate", "arrival_year", stem(MigrateOutputs.ARRIVAL),
                new RampStyle("Years until sand first reaches the cell (yr), 0 = sand at the start", arrival.stops()));
        fixed(e, "migrate", "front_advance_m_per_yr", stem(MigrateOutputs.FRONT_ADVANCE), RampStyle.sequential(
                "Desert-front advance rate (m/yr)", "m/yr", ColourRamp.YL_OR_RD, 0, 5, 10, 20, 50, 100, 300));
        fixed(e, "migrate", "dune_celerity_m_per_yr", stem(MigrateOutputs.CELERITY), RampStyle.sequential(
                "Dune celerity (m/yr)", "m/yr", ColourRamp.VIRIDIS, 0, 1, 2, 5, 10, 20));
        fixed(e, "migrate", "annual_capacity_qx", stem(MigrateOutputs.CAPACITY_QX), flux(
                "Annual eastward sand transport capacity (m³/m/yr)", "westward", "eastward", 10, 50, 100, 300));
        fixed(e, "migrate", "annual_capacity_qy", stem(MigrateOutputs.CAPACITY_QY), flux(
                "Annual northward sand transport capacity (m³/m/yr)", "southward", "northward", 10, 50, 100, 300));
        // rank, plan
        fixed(e, "rank", "patch_ids", stem(PatchTable.LABELS), patchIds());
        fixed(e, "plan", "action_plan", stem(PlanOutputs.ACTION_MAP), PlanStyles.actionPlanStyle());
        return List.copyOf(e);
    }

    private static void fixed(List<Entry> e, String stage, String name, Pattern stems, RasterStyle style) {
        e.add(new Entry(stage, name, stems, legend -> style));
    }

    private static Pattern stem(String fileName) {
        return Pattern.compile(Pattern.quote(fileName.replace(".tif", "")));
    }

    private static Pattern withNative(String fileName) {
        return Pattern.compile(Pattern.quote(fileName.replace(".tif", "")) + "(_native)?");
    }

    private static RampStyle wind(String title, String negative, String positive) {
        return RampStyle.diverging(title, "m/s", ColourRamp.BLUE_WHITE_RED, negative, positive, 2, 5, 10);
    }

    private static RampStyle flux(String title, String negative, String positive, double... breaks) {
        return RampStyle.diverging(title, "m³/m/yr", ColourRamp.BLUE_WHITE_RED, negative, positive, breaks);
    }

    /** Fryberger &amp; Dean (1979) classes: low &lt; 200 VU ≤ intermediate &lt; 400 VU ≤ high. */
    private static RampStyle driftPotential(String title) {
        return RampStyle.sequential(title, "VU", ColourRamp.YL_OR_RD, 0, 100, 200, 400, 800, 1200)
                .withNote(200, "intermediate from 200").withNote(400, "high from 400");
    }

    /** Positive Sx: the cell lies below the upwind horizon (sheltered); negative: above it (exposed). */
    private static RampStyle shelter(String title) {
        return RampStyle.diverging(title, "°", ColourRamp.BROWN_WHITE_TEAL, "exposed", "sheltered", 2, 5, 10, 30);
    }

    /** The drift class rasters' own palette and names (low, intermediate, high), with their rule. */
    private static ClassStyle driftClasses(String title, String... rules) {
        List<Category> c = new ArrayList<>();
        for (int code = 1; code <= 3; code++) {
            c.add(Category.of(code, DriftStage.CLASS_NAMES.get(code) + " (" + rules[code - 1] + ")",
                    DriftStage.CLASS_PALETTE.get(code)));
        }
        return new ClassStyle(title, c);
    }

    /** Every combination of {@link RiverFlag} bits (rivers.tif holds their OR); 0 (no river) transparent. */
    private static ClassStyle riverStyle() {
        int[] colours = {0x00FFFFFF, 0xFF3F7FC1, 0xFF7B3294, 0xFF1F4E9A, 0xFF9ECAE1, 0xFF6FA8DC, 0xFFC2A5CF, 0xFF5E3C99};
        List<Category> c = new ArrayList<>();
        c.add(Category.of(0, "no river", colours[0]));
        for (int v = 1; v <= 7; v++) {
            List<String> words = new ArrayList<>();
            for (RiverFlag f : RiverFlag.values()) if (f.in(v)) words.add(f.name().toLowerCase(java.util.Locale.ROOT));
            c.add(Category.of(v, String.join(" + ", words), colours[v]));
        }
        return new ClassStyle("River flags (OR of 1 river, 2 channelized, 4 seasonal)", c);
    }

    /**
     * The patch-id raster's style, for ids of any size without listing them (the raster is INT32, a run may have
     * thousands of patches): an interpolated ramp whose stops are ids 1..12, one ColorBrewer Paired colour each,
     * then ids growing by a factor 10^(1/12) (about 21 %, rounded to whole ids) up to 2147483647 (the largest
     * INT32), the 12 colours repeating along them. Every id is drawn; ids up to 12 get one colour each and a larger
     * id a blend of the two stops around it, so nearby ids differ in colour; the style has 113 stops however many
     * patches there are. Id 0 (no patch) is transparent. For one distinct colour per patch use the categorised
     * {@code plan/patches.gpkg}.
     */
    static RampStyle patchIds() {
        int n = PATCH_COLOURS.length;
        List<RampStop> stops = new ArrayList<>();
        stops.add(new RampStop(0, "no patch", 0x00FFFFFF));
        for (int id = 1; id <= n; id++) stops.add(patchStop(id, stops.size()));
        double ratio = Math.pow(10, 1.0 / PATCH_STOPS_PER_DECADE);
        for (int k = 1; ; k++) {
            double id = Math.rint(n * Math.pow(ratio, k));
            if (id >= Integer.MAX_VALUE) break;
            stops.add(patchStop(id, stops.size()));
        }
        stops.add(patchStop(Integer.MAX_VALUE, stops.size()));
        return new RampStyle("Candidate patch id (rank/patches.csv id), any id: colours repeat along an interpolated ramp; "
                + "0 = no patch (transparent)", stops);
    }

    private static RampStop patchStop(double id, int index) {
        return new RampStop(id, "patch " + (long) id, 0xFF000000 | PATCH_COLOURS[(index - 1) % PATCH_COLOURS.length]);
    }
}
