package org.dunefront.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.Objects;

/**
 * A figure of annual sand-flux vectors over a shaded land-cover map (the README figure of the
 * drift stage): land-cover colours modulated by a hillshade, and one arrow per
 * {@code strideCells} × {@code strideCells} block pointing where the sand moves (qx east, qy north;
 * screen y runs south), its length proportional to the block-mean flux magnitude (the largest
 * arrow spans 90 % of a block). A reference arrow and a north arrow are drawn in the margin. The
 * hillshade is quantised to a few levels so that the PNG stays small.
 * Pure: in-memory arrays in, image out; deterministic (no fonts' metrics enter the geometry of
 * the map, antialiasing on).
 */
public final class FluxVectorFigure {
    private static final int MARGIN_PX = 44;
    private static final int SHADE_LEVELS = 12;

    /**
     * @param width, height  grid size in cells
     * @param landcoverArgb  colour per cell, ARGB; alpha 0 = nodata (drawn white)
     * @param shade          hillshade 1–255 per cell, 0 = nodata (drawn without shading); may be null
     * @param qxM3PerMYr     eastward annual flux per cell, m³ m⁻¹ yr⁻¹ (NaN = none)
     * @param qyM3PerMYr     northward annual flux per cell, m³ m⁻¹ yr⁻¹
     * @param cellSizeM      cell size, m (for the scale text)
     * @param title          title line
     */
    public record Request(int width, int height, int[] landcoverArgb, byte[] shade, float[] qxM3PerMYr,
                          float[] qyM3PerMYr, double cellSizeM, String title) {
        public Request {
            int n = Math.multiplyExact(width, height);
            if (width < 1 || height < 1) throw new IllegalArgumentException("empty grid");
            if (Objects.requireNonNull(landcoverArgb).length != n || Objects.requireNonNull(qxM3PerMYr).length != n
                    || Objects.requireNonNull(qyM3PerMYr).length != n || (shade != null && shade.length != n)) {
                throw new IllegalArgumentException("every layer must have width x height = " + n + " cells");
            }
            Objects.requireNonNull(title);
        }
    }

    private FluxVectorFigure() { }

    /**
     * @param maxWidthPx  the map is scaled by a whole number of pixels per cell so that it fits this width
     * @param strideCells cells per arrow along each axis (≥ 1)
     */
    public static BufferedImage render(Request r, int maxWidthPx, int strideCells) {
        if (strideCells < 1) throw new IllegalArgumentException("strideCells must be >= 1");
        int ppc = Math.max(1, maxWidthPx / r.width());
        int mw = r.width() * ppc, mh = r.height() * ppc;
        BufferedImage img = new BufferedImage(mw + 2 * MARGIN_PX, mh + 2 * MARGIN_PX, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            drawBase(img, r, ppc);
            g.setColor(Color.DARK_GRAY);
            g.drawRect(MARGIN_PX, MARGIN_PX, mw, mh);
            double[][] blocks = blockMeans(r, strideCells);
            double max = 0;
            for (double[] b : blocks) if (b != null) max = Math.max(max, Math.hypot(b[2], b[3]));
            double maxLenPx = 0.9 * strideCells * ppc;
            g.setStroke(new BasicStroke(Math.max(1f, ppc / 4f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(new Color(20, 20, 60));
            for (double[] b : blocks) {
                if (b == null || max == 0) continue;
                double len = maxLenPx * Math.hypot(b[2], b[3]) / max;
                arrow(g, MARGIN_PX + b[0] * ppc, MARGIN_PX + b[1] * ppc, b[2], -b[3], len);
            }
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            g.setColor(Color.BLACK);
            g.drawString(r.title(), MARGIN_PX, MARGIN_PX - 14);
            int ly = MARGIN_PX + mh + 28;
            arrow(g, MARGIN_PX + 4, ly - 4, 1, 0, maxLenPx);
            g.drawString(String.format(Locale.ROOT, "%.3g m\u00b3/m/yr (largest block mean); grid %d \u00d7 %d cells of %.0f m",
                    max, r.width(), r.height(), r.cellSizeM()), (float) (MARGIN_PX + maxLenPx + 14), ly);
            double nx = MARGIN_PX + mw + MARGIN_PX / 2.0, ny = MARGIN_PX + 30;
            arrow(g, nx, ny, 0, -1, 22);
            g.drawString("N", (float) nx - 4, (float) ny - 16);
        } finally {
            g.dispose();
        }
        return img;
    }

    private static void drawBase(BufferedImage img, Request r, int ppc) {
        for (int row = 0; row < r.height(); row++) {
            for (int col = 0; col < r.width(); col++) {
                int i = row * r.width() + col;
                int argb = r.landcoverArgb()[i];
                int rgb;
                if ((argb >>> 24) == 0) {
                    rgb = 0xFFFFFF;
                } else {
                    double k = r.shade() == null || r.shade()[i] == 0 ? 1 : 0.45 + 0.55 * shadeLevel(r.shade()[i] & 0xFF);
                    int red = (int) Math.round(((argb >> 16) & 0xFF) * k), gr = (int) Math.round(((argb >> 8) & 0xFF) * k);
                    int bl = (int) Math.round((argb & 0xFF) * k);
                    rgb = (red << 16) | (gr << 8) | bl;
                }
                for (int y = 0; y < ppc; y++) {
                    for (int x = 0; x < ppc; x++) img.setRGB(MARGIN_PX + col * ppc + x, MARGIN_PX + row * ppc + y, rgb);
                }
            }
        }
    }

    /** Hillshade 1–255 quantised to {@value #SHADE_LEVELS} levels in [0, 1] (keeps the PNG small; relief stays readable). */
    private static double shadeLevel(int shade) {
        return Math.floor(shade / 256.0 * SHADE_LEVELS) / (SHADE_LEVELS - 1);
    }

    /** Per block: {centre col, centre row, mean qx, mean qy} over finite cells, null without any. */
    private static double[][] blockMeans(Request r, int s) {
        int bw = (r.width() + s - 1) / s, bh = (r.height() + s - 1) / s;
        double[][] out = new double[bw * bh][];
        for (int by = 0; by < bh; by++) {
            for (int bx = 0; bx < bw; bx++) {
                double sx = 0, sy = 0;
                int n = 0;
                int c1 = Math.min(r.width(), (bx + 1) * s), r1 = Math.min(r.height(), (by + 1) * s);
                for (int row = by * s; row < r1; row++) {
                    for (int col = bx * s; col < c1; col++) {
                        float x = r.qxM3PerMYr()[row * r.width() + col], y = r.qyM3PerMYr()[row * r.width() + col];
                        if (Float.isNaN(x) || Float.isNaN(y)) continue;
                        sx += x;
                        sy += y;
                        n++;
                    }
                }
                if (n > 0) out[by * bw + bx] = new double[] {(bx * s + c1) / 2.0, (by * s + r1) / 2.0, sx / n, sy / n};
            }
        }
        return out;
    }

    /** An arrow of length {@code len} centred on (x, y) pointing along screen direction (dx, dy). */
    private static void arrow(Graphics2D g, double x, double y, double dx, double dy, double len) {
        double m = Math.hypot(dx, dy);
        if (m == 0 || len < 1) return;
        double ux = dx / m, uy = dy / m;
        double x0 = x - ux * len / 2, y0 = y - uy * len / 2, x1 = x + ux * len / 2, y1 = y + uy * len / 2;
        g.draw(new Line2D.Double(x0, y0, x1, y1));
        double head = Math.max(3, len * 0.3);
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, 0);
        p.lineTo(-head, head * 0.45);
        p.lineTo(-head, -head * 0.45);
        p.closePath();
        AffineTransform t = new AffineTransform();
        t.translate(x1, y1);
        t.rotate(Math.atan2(uy, ux));
        g.fill(t.createTransformedShape(p));
    }
}
