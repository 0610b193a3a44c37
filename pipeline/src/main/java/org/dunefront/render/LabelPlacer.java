package org.dunefront.render;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Greedy label placement without overlaps: labels are taken by decreasing priority (ties by
 * text, then position, so the result is deterministic); each is tried at its anchor and then at
 * candidate offsets on growing rings around it, and placed at the first position whose box neither
 * overlaps an already placed box nor an obstacle and lies inside the frame. Labels that fit nowhere
 * are dropped (reported by the caller).
 */
public final class LabelPlacer {

    /** A placed label: its text and box in image pixels. */
    public record Placed(String text, Rectangle2D box, double anchorX, double anchorY) { }

    /** A label to place, in image pixels, with its measured size. */
    public record Candidate(String text, double anchorX, double anchorY, double width, double height, double priority) { }

    private final Rectangle2D frame;
    private final List<Rectangle2D> obstacles;

    /**
     * @param frame     area labels must stay inside
     * @param obstacles areas labels must avoid (legend, insets)
     */
    public LabelPlacer(Rectangle2D frame, List<Rectangle2D> obstacles) {
        this.frame = frame;
        this.obstacles = List.copyOf(obstacles);
    }

    public List<Placed> place(List<Candidate> candidates) {
        List<Candidate> order = new ArrayList<>(candidates);
        order.sort(Comparator.comparingDouble(Candidate::priority).reversed()
                .thenComparing(Candidate::text)
                .thenComparingDouble(Candidate::anchorY)
                .thenComparingDouble(Candidate::anchorX));
        List<Placed> placed = new ArrayList<>();
        for (Candidate c : order) {
            Rectangle2D box = findSlot(c, placed);
            if (box != null) placed.add(new Placed(c.text(), box, c.anchorX(), c.anchorY()));
        }
        return placed;
    }

    private Rectangle2D findSlot(Candidate c, List<Placed> placed) {
        double step = Math.max(4, c.height() * 0.75);
        for (int ring = 0; ring <= 6; ring++) {
            int n = ring == 0 ? 1 : 8 * ring;
            for (int k = 0; k < n; k++) {
                double ang = ring == 0 ? 0 : 2 * Math.PI * k / n;
                double dx = ring * step * Math.cos(ang) * 1.5, dy = ring * step * Math.sin(ang);
                Rectangle2D box = new Rectangle2D.Double(c.anchorX() + dx - c.width() / 2,
                        c.anchorY() + dy - c.height() / 2, c.width(), c.height());
                if (fits(box, placed)) return box;
            }
        }
        return null;
    }

    private boolean fits(Rectangle2D box, List<Placed> placed) {
        if (!frame.contains(box)) return false;
        for (Rectangle2D o : obstacles) if (o.intersects(box)) return false;
        for (Placed p : placed) if (p.box().intersects(box)) return false;
        return true;
    }
}
