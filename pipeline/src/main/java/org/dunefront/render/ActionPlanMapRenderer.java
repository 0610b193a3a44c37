package org.dunefront.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.NoData;
import org.dunefront.grid.DataType;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.Window;

/**
 * Renders the phased action-plan map: hillshade base, muted land cover, patches coloured by
 * action and outlined by phase, non-overlapping labels, legend, scale bar, north arrow, sand-rose
 * inset, title and credits. The map steps read like the map: {@code sample → shadeRelief →
 * paintCells → outlinePhases → decorations → legend}.
 *
 * <p>The scale bar assumes a projected CRS in metres; the north arrow shows grid north (for UTM
 * grids the convergence from true north is below 3° and is not drawn).
 */
public final class ActionPlanMapRenderer {

    /** Outline colours by phase 1, 2, 3 (index 0 unused). */
    static final int[] PHASE_OUTLINE_RGB = {0x000000, 0x111111, 0x6A1B9A, 0x00695C};
    private static final int MARGIN = 24;
    private static final int TITLE_H = 64;

    private final MapLayout layout;

    public ActionPlanMapRenderer(MapLayout layout) {
        this.layout = layout;
    }

    /**
     * Result of a rendering: the image, where the map and legend are, the labels placed and how many could not
     * be, and every text drawn in drawing order (title, scale bar, north letter, rose, labels, legend, credits lines).
     */
    public record Rendered(BufferedImage image, Rectangle2D mapFrame, Rectangle2D legendFrame,
                           List<LabelPlacer.Placed> labels, int droppedLabels, List<String> drawnTexts) {
        public Rendered {
            labels = List.copyOf(labels);
            drawnTexts = List.copyOf(drawnTexts);
        }
    }

    /**
     * Largest map frame in pixels (4096², about 16.8 M): the display samples of the three layers ({@code double} per
     * pixel) and the image then stay below about 0.5 GB whatever the grid's size or shape and the configured width.
     */
    static final long MAX_MAP_PIXELS = 4096L * 4096;

    /**
     * The map frame {width, height} in pixels: {@code widthPx} wide, the height following the grid's aspect (at least
     * 100 px); when that exceeds {@link #MAX_MAP_PIXELS} both sides shrink by the same factor (aspect kept).
     */
    static int[] mapFrameSize(int widthPx, GridGeometry g) {
        double aspect = (double) g.height() * g.cellSizeY() / (g.width() * g.cellSizeX());
        int w = widthPx;
        int h = (int) Math.max(100, Math.round(w * aspect));
        if ((long) w * h > MAX_MAP_PIXELS) {
            double f = Math.sqrt((double) MAX_MAP_PIXELS / ((double) w * h));
            w = Math.max(1, (int) Math.floor(w * f));
            h = Math.max(1, (int) Math.min(Math.floor(h * f), MAX_MAP_PIXELS / w));
        }
        return new int[] {w, h};
    }

    public Rendered render(MapRequest req) {
        GridGeometry g = req.grid();
        int[] frame = mapFrameSize(layout.mapWidthPx(), g);
        int mapW = frame[0], mapH = frame[1];
        int imgW = MARGIN + mapW + MARGIN + layout.legendWidthPx() + MARGIN;
        int legendMinH = legendHeight(req);
        int imgH = TITLE_H + Math.max(mapH, legendMinH) + MARGIN * 2;
        BufferedImage img = new BufferedImage(imgW, imgH, BufferedImage.TYPE_INT_RGB);
        Graphics2D gr = img.createGraphics();
        try {
            gr.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            gr.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            gr.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            gr.setColor(Color.WHITE);
            gr.fillRect(0, 0, imgW, imgH);

            List<String> drawn = new ArrayList<>();
            Rectangle2D mapFrame = new Rectangle2D.Double(MARGIN, TITLE_H + MARGIN, mapW, mapH);
            drawTitle(gr, drawn, req.title(), imgW);

            double[] plan = DisplaySampler.sample(req.actionPlan(), mapW, mapH);
            double[] lc = req.landcover() == null ? null : DisplaySampler.sample(req.landcover(), mapW, mapH);
            double[] dem = req.dem() == null ? null : DisplaySampler.sampleBilinear(req.dem(), mapW, mapH);
            double pxSizeX = g.width() * g.cellSizeX() / mapW, pxSizeY = g.height() * g.cellSizeY() / mapH;
            byte[] shade = dem == null ? null : shadeRelief(dem, mapW, mapH, pxSizeX, pxSizeY);

            BufferedImage map = new BufferedImage(mapW, mapH, BufferedImage.TYPE_INT_RGB);
            paintCells(map, plan, lc, shade, req);
            outlinePhases(map, plan, req.phaseByCode());
            gr.drawImage(map, (int) mapFrame.getX(), (int) mapFrame.getY(), null);
            gr.setColor(Color.DARK_GRAY);
            gr.setStroke(new BasicStroke(1.2f));
            gr.draw(mapFrame);

            List<Rectangle2D> obstacles = new ArrayList<>();
            Rectangle2D scaleBox = drawScaleBar(gr, drawn, mapFrame, g.width() * g.cellSizeX(), req.texts());
            obstacles.add(scaleBox);
            obstacles.add(drawNorthArrow(gr, drawn, mapFrame, req.texts().north()));
            if (req.rose() != null) obstacles.add(drawRose(gr, drawn, mapFrame, req.rose(), req.texts()));

            List<LabelPlacer.Placed> placed = placeLabels(gr, drawn, req, mapFrame, obstacles);
            Rectangle2D legendFrame = new Rectangle2D.Double(mapFrame.getMaxX() + MARGIN, mapFrame.getY(),
                    layout.legendWidthPx(), Math.max(mapH, legendMinH));
            drawLegend(gr, drawn, req, legendFrame);
            return new Rendered(img, mapFrame, legendFrame, placed, req.labels().size() - placed.size(), drawn);
        } finally {
            gr.dispose();
        }
    }

    /**
     * Every text the map of {@code req} draws (title, credits, labels, legend names and the fixed texts of
     * {@link MapRequest#texts()}),
     * e.g. to choose a font that can display them all ({@link MapFonts}).
     */
    public static List<String> texts(MapRequest req) {
        List<String> t = new ArrayList<>(List.of(req.title(), req.credits()));
        t.addAll(req.texts().all());
        req.labels().forEach(l -> t.add(l.text()));
        req.planStyles().forEach(s -> t.add(s.label()));
        req.landcoverStyles().forEach(s -> t.add(s.label()));
        return t;
    }

    private Font font(int style, float size) {
        return new Font(layout.fontFamily(), style, 1).deriveFont(size);
    }

    private byte[] shadeRelief(double[] dem, int w, int h, double pxSizeX, double pxSizeY) {
        RasterBlock block = RasterBlock.create(DataType.FLOAT64, new Window(0, 0, w, h), NoData.NAN);
        double[] data = ((RasterBlock.Doubles) block).data();
        System.arraycopy(dem, 0, data, 0, dem.length);
        return Hillshade.shade(block, block.window(), pxSizeX, pxSizeY, layout.sunAzimuthDeg(), layout.sunAltitudeDeg(), 1.0);
    }

    private void paintCells(BufferedImage map, double[] plan, double[] lc, byte[] shade, MapRequest req) {
        Map<Integer, Integer> lcColour = new HashMap<>();
        for (CategoryStyle s : req.landcoverStyles()) lcColour.put(s.code(), s.argb());
        Map<Integer, Integer> planColour = new HashMap<>();
        for (CategoryStyle s : req.planStyles()) planColour.put(s.code(), s.argb());
        double wLc = layout.landcoverWeight();
        int w = map.getWidth(), h = map.getHeight();
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                int k = j * w + i;
                double s = shade == null ? 0.85 : ((shade[k] & 0xFF) == 0 ? 0.85 : (shade[k] & 0xFF) / 255.0);
                double base = 0.35 + 0.65 * s; // light hillshade
                int rgb = grey(base);
                if (lc != null && !Double.isNaN(lc[k])) {
                    Integer c = lcColour.get((int) lc[k]);
                    if (c != null) rgb = mix(mix(0xFFFFFF, c, wLc), grey(base), 0.35);
                }
                if (!Double.isNaN(plan[k]) && plan[k] != 0) {
                    Integer c = planColour.get((int) plan[k]);
                    if (c != null) rgb = mix(rgb, c, 0.85);
                }
                map.setRGB(i, j, rgb);
            }
        }
    }

    private static void outlinePhases(BufferedImage map, double[] plan, Map<Integer, Integer> phaseByCode) {
        int w = map.getWidth(), h = map.getHeight();
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                int phase = phaseOf(plan[j * w + i], phaseByCode);
                if (phase == 0) continue;
                boolean edge = i == 0 || j == 0 || i == w - 1 || j == h - 1
                        || phaseOf(plan[j * w + i - 1], phaseByCode) != phase
                        || phaseOf(plan[j * w + i + 1], phaseByCode) != phase
                        || phaseOf(plan[(j - 1) * w + i], phaseByCode) != phase
                        || phaseOf(plan[(j + 1) * w + i], phaseByCode) != phase;
                if (edge) map.setRGB(i, j, PHASE_OUTLINE_RGB[Math.min(3, phase)]);
            }
        }
    }

    private static int phaseOf(double code, Map<Integer, Integer> phaseByCode) {
        if (Double.isNaN(code) || code == 0) return 0;
        return phaseByCode.getOrDefault((int) code, 0);
    }

    private void drawTitle(Graphics2D g, List<String> drawn, String title, int imgW) {
        g.setColor(new Color(0x202020));
        g.setFont(font(Font.BOLD, 24f));
        text(g, drawn, title, MARGIN, 40);
    }

    private Rectangle2D drawScaleBar(Graphics2D g, List<String> drawn, Rectangle2D frame, double mapWidthM, MapTexts texts) {
        double maxM = mapWidthM * 0.25;
        double lenM = ScaleBar.niceLengthM(maxM);
        double lenPx = lenM / mapWidthM * frame.getWidth();
        double x0 = frame.getX() + 16, y0 = frame.getMaxY() - 22;
        Rectangle2D box = new Rectangle2D.Double(x0 - 8, y0 - 26, lenPx + 16, 40);
        g.setColor(new Color(255, 255, 255, 215));
        g.fill(box);
        g.setColor(Color.BLACK);
        int half = (int) Math.round(lenPx / 2);
        g.fillRect((int) x0, (int) y0, half, 6);
        g.setStroke(new BasicStroke(1f));
        g.drawRect((int) x0, (int) y0, (int) Math.round(lenPx), 6);
        g.setFont(font(Font.PLAIN, 13f));
        text(g, drawn, "0", (int) x0 - 3, (int) y0 - 5);
        String label = texts.scaleLength(lenM);
        FontMetrics fm = g.getFontMetrics();
        text(g, drawn, label, (int) (x0 + lenPx - fm.stringWidth(label) / 2.0), (int) y0 - 5);
        return box;
    }

    private Rectangle2D drawNorthArrow(Graphics2D g, List<String> drawn, Rectangle2D frame, String north) {
        double cx = frame.getMaxX() - 34, top = frame.getY() + 14;
        Rectangle2D box = new Rectangle2D.Double(cx - 20, top - 4, 40, 62);
        g.setColor(new Color(255, 255, 255, 215));
        g.fill(box);
        Path2D arrow = new Path2D.Double();
        arrow.moveTo(cx, top + 16);
        arrow.lineTo(cx + 10, top + 52);
        arrow.lineTo(cx, top + 44);
        arrow.lineTo(cx - 10, top + 52);
        arrow.closePath();
        g.setColor(Color.BLACK);
        g.fill(arrow);
        g.setFont(font(Font.BOLD, 15f));
        FontMetrics fm = g.getFontMetrics();
        text(g, drawn, north, (float) (cx - fm.stringWidth(north) / 2.0), (float) top + 13);
        return box;
    }

    private Rectangle2D drawRose(Graphics2D g, List<String> drawn, Rectangle2D frame, WindRose rose, MapTexts texts) {
        double size = Math.min(170, frame.getWidth() * 0.22);
        double cx = frame.getMaxX() - 60 - size / 2, cy = frame.getY() + 14 + size / 2 + 16;
        Rectangle2D box = new Rectangle2D.Double(cx - size / 2 - 8, cy - size / 2 - 24, size + 16, size + 40);
        g.setColor(new Color(255, 255, 255, 225));
        g.fill(box);
        g.setColor(Color.DARK_GRAY);
        g.draw(box);
        g.setFont(font(Font.BOLD, 12f));
        text(g, drawn, texts.sandRoseHeading(), (float) (box.getX() + 6), (float) (box.getY() + 14));
        double[] dp = rose.sectorDpVu();
        double max = 0;
        for (double v : dp) max = Math.max(max, v);
        int n = dp.length;
        double rMax = size / 2 - 4;
        g.setColor(new Color(0xBBBBBB));
        g.drawOval((int) (cx - rMax), (int) (cy - rMax), (int) (2 * rMax), (int) (2 * rMax));
        g.setColor(new Color(0xC68A3A));
        for (int k = 0; k < n && max > 0; k++) {
            double len = rMax * Math.sqrt(dp[k] / max); // area-true petals
            double a0 = Math.toRadians(k * 360.0 / n - 180.0 / n), a1 = Math.toRadians(k * 360.0 / n + 180.0 / n);
            Path2D petal = new Path2D.Double();
            petal.moveTo(cx, cy);
            petal.lineTo(cx + len * Math.sin(a0), cy - len * Math.cos(a0));
            petal.lineTo(cx + len * Math.sin(a1), cy - len * Math.cos(a1));
            petal.closePath();
            g.fill(petal);
        }
        // resultant drift direction arrow (toward RDD)
        double a = Math.toRadians(rose.rddDeg());
        double len = rMax * 0.9;
        double tx = cx + len * Math.sin(a), ty = cy - len * Math.cos(a);
        g.setColor(new Color(0xB71C1C));
        g.setStroke(new BasicStroke(2.5f));
        g.drawLine((int) cx, (int) cy, (int) tx, (int) ty);
        AffineTransform old = g.getTransform();
        g.translate(tx, ty);
        g.rotate(a);
        Path2D head = new Path2D.Double();
        head.moveTo(0, -2);
        head.lineTo(6, 10);
        head.lineTo(-6, 10);
        head.closePath();
        g.fill(head);
        g.setTransform(old);
        g.setColor(Color.BLACK);
        g.setFont(font(Font.PLAIN, 11f));
        text(g, drawn, texts.roseSummary(rose.totalDpVu(), rose.rddDeg()), (float) (box.getX() + 6), (float) (box.getMaxY() - 5));
        return box;
    }

    private List<LabelPlacer.Placed> placeLabels(Graphics2D g, List<String> drawn, MapRequest req, Rectangle2D frame, List<Rectangle2D> obstacles) {
        GridGeometry grid = req.grid();
        g.setFont(font(Font.BOLD, 12f));
        FontMetrics fm = g.getFontMetrics();
        List<LabelPlacer.Candidate> cands = new ArrayList<>();
        for (MapLabel l : req.labels()) {
            double col = grid.transform().col(l.x(), l.y()), row = grid.transform().row(l.x(), l.y());
            double px = frame.getX() + col / grid.width() * frame.getWidth();
            double py = frame.getY() + row / grid.height() * frame.getHeight();
            cands.add(new LabelPlacer.Candidate(l.text(), px, py, fm.stringWidth(l.text()) + 6, fm.getHeight(), l.priority()));
        }
        List<LabelPlacer.Placed> placed = new LabelPlacer(frame, obstacles).place(cands);
        for (LabelPlacer.Placed p : placed) {
            Rectangle2D b = p.box();
            g.setColor(new Color(255, 255, 255, 200));
            g.fill(b);
            g.setColor(new Color(0x202020));
            text(g, drawn, p.text(), (float) (b.getX() + 3), (float) (b.getY() + fm.getAscent()));
        }
        return placed;
    }

    private int legendHeight(MapRequest req) {
        int phases = new TreeSet<>(req.phaseByCode().values()).size();
        return 40 + 24 * req.planStyles().size() + 40 + 22 * phases + 40 + 18 * req.landcoverStyles().size() + 120;
    }

    private void drawLegend(Graphics2D g, List<String> drawn, MapRequest req, Rectangle2D frame) {
        double x = frame.getX(), y = frame.getY();
        g.setColor(new Color(0x202020));
        g.setFont(font(Font.BOLD, 16f));
        text(g, drawn, req.texts().actionsHeading(), (float) x, (float) (y + 16));
        y += 30;
        g.setFont(font(Font.PLAIN, 13f));
        for (CategoryStyle s : req.planStyles()) {
            g.setColor(new Color(s.argb(), false));
            g.fillRect((int) x, (int) y, 28, 16);
            int phase = req.phaseByCode().getOrDefault(s.code(), 0);
            g.setColor(new Color(PHASE_OUTLINE_RGB[Math.min(3, phase)]));
            g.setStroke(new BasicStroke(2f));
            g.drawRect((int) x, (int) y, 28, 16);
            g.setColor(new Color(0x202020));
            text(g, drawn, s.label(), (float) (x + 38), (float) (y + 13));
            y += 24;
        }
        y += 12;
        g.setFont(font(Font.BOLD, 14f));
        text(g, drawn, req.texts().phaseOutlinesHeading(), (float) x, (float) (y + 12));
        y += 22;
        g.setFont(font(Font.PLAIN, 13f));
        for (int phase : new TreeSet<>(req.phaseByCode().values())) {
            g.setColor(new Color(PHASE_OUTLINE_RGB[Math.min(3, Math.max(1, phase))]));
            g.setStroke(new BasicStroke(3f));
            g.drawRect((int) x + 2, (int) y + 2, 24, 12);
            g.setColor(new Color(0x202020));
            text(g, drawn, req.texts().phase(phase), (float) (x + 38), (float) (y + 13));
            y += 22;
        }
        if (!req.landcoverStyles().isEmpty()) {
            y += 12;
            g.setFont(font(Font.BOLD, 14f));
            text(g, drawn, req.texts().landCoverHeading(), (float) x, (float) (y + 12));
            y += 20;
            g.setFont(font(Font.PLAIN, 12f));
            for (CategoryStyle s : req.landcoverStyles()) {
                g.setColor(new Color(mix(0xFFFFFF, s.argb(), layout.landcoverWeight())));
                g.fillRect((int) x, (int) y + 2, 22, 12);
                g.setColor(new Color(0x404040));
                text(g, drawn, s.label(), (float) (x + 30), (float) (y + 13));
                y += 18;
            }
        }
        y += 16;
        g.setFont(font(Font.PLAIN, 11f));
        g.setColor(new Color(0x505050));
        for (String line : wrap(req.credits(), g.getFontMetrics(), (int) frame.getWidth())) {
            text(g, drawn, line, (float) x, (float) (y + 11));
            y += 14;
        }
    }

    /** Draws {@code s} at ({@code x}, {@code y}) (baseline) and notes it in {@code drawn}. */
    private static void text(Graphics2D g, List<String> drawn, String s, float x, float y) {
        drawn.add(s);
        g.drawString(s, x, y);
    }

    private static void text(Graphics2D g, List<String> drawn, String s, int x, int y) {
        drawn.add(s);
        g.drawString(s, x, y);
    }

    /**
     * Lines of at most {@code width} pixels, broken at spaces and between CJK characters (Chinese has no
     * spaces); a word wider than a line is broken between characters.
     */
    static List<String> wrap(String text, FontMetrics fm, int width) {
        List<String> lines = new ArrayList<>();
        for (String para : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String token : tokens(para, fm, width)) {
                boolean space = token.equals(" ");
                if (line.length() > 0 && !space && fm.stringWidth(line + token) > width) {
                    lines.add(line.toString().stripTrailing());
                    line.setLength(0);
                }
                if (!(space && line.length() == 0 && !lines.isEmpty())) line.append(token);
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /** Spaces, single CJK characters and the words between them (each wider than {@code width} cut to fit). */
    private static List<String> tokens(String para, FontMetrics fm, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < para.length(); ) {
            int cp = para.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ' || isCjk(cp)) {
                flushWord(out, word, fm, width);
                out.add(new String(Character.toChars(cp)));
            } else {
                word.appendCodePoint(cp);
            }
        }
        flushWord(out, word, fm, width);
        return out;
    }

    private static void flushWord(List<String> out, StringBuilder word, FontMetrics fm, int width) {
        if (word.length() == 0) return;
        StringBuilder piece = new StringBuilder();
        word.codePoints().forEach(cp -> {
            if (piece.length() > 0 && fm.stringWidth(piece + new String(Character.toChars(cp))) > width) {
                out.add(piece.toString());
                piece.setLength(0);
            }
            piece.appendCodePoint(cp);
        });
        out.add(piece.toString());
        word.setLength(0);
    }

    /** CJK ideographs, kana, hangul and CJK/full-width punctuation: a line may break before and after them. */
    private static boolean isCjk(int cp) {
        return cp >= 0x2E80 && cp <= 0x9FFF || cp >= 0xAC00 && cp <= 0xD7AF || cp >= 0xF900 && cp <= 0xFAFF
                || cp >= 0xFE30 && cp <= 0xFE4F || cp >= 0xFF00 && cp <= 0xFFEF || cp >= 0x20000 && cp <= 0x3FFFF;
    }

    static int grey(double v) {
        int c = (int) Math.round(Math.max(0, Math.min(1, v)) * 255);
        return (c << 16) | (c << 8) | c;
    }

    /** Linear mix of two RGB colours: {@code t = 0} gives {@code a}, 1 gives {@code b}. */
    static int mix(int a, int b, double t) {
        int r = (int) Math.round(((a >> 16) & 0xFF) * (1 - t) + ((b >> 16) & 0xFF) * t);
        int gg = (int) Math.round(((a >> 8) & 0xFF) * (1 - t) + ((b >> 8) & 0xFF) * t);
        int bb = (int) Math.round((a & 0xFF) * (1 - t) + (b & 0xFF) * t);
        return (r << 16) | (gg << 8) | bb;
    }

}
