package org.dunefront.render;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.MemoryRaster;
import org.dunefront.grid.NoData;
import org.dunefront.grid.RasterBlock;
import org.dunefront.io.image.MapImageFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActionPlanMapRendererTest {
    static final int SHRUB = 0xFFD7301F, MIXED = 0xFF1B7837, DECH = 0xFF2166AC;

    static MapRequest request() {
        GridGeometry g = GridGeometry.northUp(CrsDefinition.epsg(32648), 400000, 4270000, 30, 30, 200, 150);
        MemoryRaster dem = MemoryRaster.single("dem", g, DataType.FLOAT32, NoData.NAN);
        MemoryRaster lc = MemoryRaster.single("lc", g, DataType.UINT8, NoData.of(255));
        MemoryRaster plan = MemoryRaster.single("plan", g, DataType.UINT8, NoData.NONE);
        RasterBlock d = dem.band(0), l = lc.band(0), p = plan.band(0);
        for (int r = 0; r < 150; r++) for (int c = 0; c < 200; c++) {
            d.set(c, r, 1500 + 300 * Math.sin(c / 20.0) * Math.cos(r / 25.0));
            l.set(c, r, c < 100 ? 1 : 2);
            int code = 0;
            if (r >= 20 && r < 60 && c >= 20 && c < 80) code = 11;
            if (r >= 90 && r < 130 && c >= 120 && c < 180) code = 21;
            if (r >= 70 && r < 80) code = 31;
            p.set(c, r, code);
        }
        List<CategoryStyle> lcStyles = List.of(new CategoryStyle(1, 0xFFE8D27A, "Mobile sand"), new CategoryStyle(2, 0xFF9CC469, "Farmland"));
        List<CategoryStyle> planStyles = List.of(new CategoryStyle(11, SHRUB, "Phase 1a — saline-alkali shrubs"),
                new CategoryStyle(21, MIXED, "Phase 2 — mixed planting"), new CategoryStyle(31, DECH, "Phase 3 — river restoration"));
        List<MapLabel> labels = List.of(new MapLabel(401500, 4268800, "P1a #1", 3), new MapLabel(405000, 4266700, "P2 #2", 2),
                new MapLabel(403000, 4267750, "P3 #3", 1), new MapLabel(403010, 4267750, "P3 #4", 0.5));
        WindRose rose = new WindRose(new double[] {30, 10, 5, 5, 5, 10, 40, 120}, 150, 125);
        return new MapRequest(g, dem, lc, lcStyles, plan, planStyles, Map.of(11, 1, 21, 2, 31, 3), labels, rose,
                "Dunefront action plan — test basin", "Synthetic test data. Hillshade from the test DEM.");
    }

    @Test
    void mapShowsLegendColoursPatchesAndDecorations() {
        ActionPlanMapRenderer.Rendered out = new ActionPlanMapRenderer(MapLayout.defaults()).render(request());
        BufferedImage img = out.image();
        // every plan colour appears in the legend panel (swatches are drawn unblended)
        for (int argb : new int[] {SHRUB, MIXED, DECH}) {
            assertTrue(countColour(img, out.legendFrame(), argb & 0xFFFFFF) >= 200, "legend swatch " + Integer.toHexString(argb));
        }
        // the map frame is not empty: many distinct colours, and patch colours blended at 85 % are present
        Rectangle2D map = out.mapFrame();
        assertTrue(distinctColours(img, map) > 50, "map looks empty");
        int blended = ActionPlanMapRenderer.mix(0xFFFFFF, SHRUB & 0xFFFFFF, 0.85);
        assertTrue(countNear(img, map, SHRUB & 0xFFFFFF, 60) > 1000, "shrub patch not painted (e.g. " + Integer.toHexString(blended) + ")");
        // labels never overlap and stay in the map frame
        List<LabelPlacer.Placed> placed = out.labels();
        assertFalse(placed.isEmpty());
        for (int i = 0; i < placed.size(); i++) {
            assertTrue(map.contains(placed.get(i).box()));
            for (int j = i + 1; j < placed.size(); j++) assertFalse(placed.get(i).box().intersects(placed.get(j).box()));
        }
        assertEquals(4, placed.size() + out.droppedLabels());
    }

    @Test
    void pngAndPdfAreByteIdenticalForTheSameInput(@TempDir Path dir) throws Exception {
        BufferedImage a = new ActionPlanMapRenderer(MapLayout.defaults()).render(request()).image();
        BufferedImage b = new ActionPlanMapRenderer(MapLayout.defaults()).render(request()).image();
        MapImageFiles.writePng(a, dir.resolve("a.png"));
        MapImageFiles.writePng(b, dir.resolve("b.png"));
        MapImageFiles.writePdf(a, dir.resolve("a.pdf"), "t", 150);
        MapImageFiles.writePdf(b, dir.resolve("b.pdf"), "t", 150);
        assertEquals(sha(dir.resolve("a.png")), sha(dir.resolve("b.png")));
        assertEquals(sha(dir.resolve("a.pdf")), sha(dir.resolve("b.pdf")));
        assertTrue(new String(Files.readAllBytes(dir.resolve("a.pdf")), java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        try (var s = Files.list(dir)) {
            assertEquals(4, s.count(), "no temporary files left behind");
        }
    }

    @Test
    void scaleBarLengthsAreNiceNumbers() {
        assertEquals(1000, ScaleBar.niceLengthM(1500));
        assertEquals(2000, ScaleBar.niceLengthM(2000));
        assertEquals(5000, ScaleBar.niceLengthM(9999));
        assertEquals(10, ScaleBar.niceLengthM(19));
        assertEquals("2 km", ScaleBar.label(2000));
        assertEquals("500 m", ScaleBar.label(500));
    }

    static long countColour(BufferedImage img, Rectangle2D r, int rgb) {
        return countNear(img, r, rgb, 0);
    }

    static long countNear(BufferedImage img, Rectangle2D r, int rgb, int tol) {
        long n = 0;
        for (int y = (int) r.getY(); y < Math.min(img.getHeight(), r.getMaxY()); y++) {
            for (int x = (int) r.getX(); x < Math.min(img.getWidth(), r.getMaxX()); x++) {
                int v = img.getRGB(x, y) & 0xFFFFFF;
                if (Math.abs(((v >> 16) & 255) - ((rgb >> 16) & 255)) <= tol && Math.abs(((v >> 8) & 255) - ((rgb >> 8) & 255)) <= tol
                        && Math.abs((v & 255) - (rgb & 255)) <= tol) n++;
            }
        }
        return n;
    }

    static int distinctColours(BufferedImage img, Rectangle2D r) {
        java.util.Set<Integer> s = new java.util.HashSet<>();
        for (int y = (int) r.getY(); y < r.getMaxY(); y += 3) for (int x = (int) r.getX(); x < r.getMaxX(); x += 3) s.add(img.getRGB(x, y));
        return s.size();
    }

    static String sha(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }
}
