package org.dunefront.render;

import java.util.List;
import java.util.Locale;

/**
 * The fixed texts of the action-plan map (everything it draws that is not a title, credit, label or legend
 * name from the data): legend headings, the phase-outline entries, the sand-rose heading and summary, the
 * north-arrow letter and the scale-bar units. {@link #ENGLISH} is the default; the render stage supplies
 * other languages (Chinese: {@code workflow.stages.ChineseMapNames}).
 *
 * @param actionsHeading       heading of the plan-code legend ("Actions and phases")
 * @param phaseOutlinesHeading heading of the phase-outline legend ("Phase outlines")
 * @param phaseNames           names of phases 1, 2, 3 in the phase-outline legend ("Phase 1", …)
 * @param landCoverHeading     heading of the land-cover legend ("Land cover (muted)")
 * @param sandRoseHeading      heading of the sand-rose inset ("Sand rose (DP, VU)")
 * @param roseSummaryFormat    {@link String#format} pattern of the rose's summary line with the total drift
 *                             potential (VU) and the resultant drift direction (°) as its two {@code %f} arguments
 * @param north                letter of the north arrow ("N")
 * @param metres               scale-bar unit for lengths below 1 km ("m")
 * @param kilometres           scale-bar unit for lengths of 1 km and more ("km")
 */
public record MapTexts(String actionsHeading, String phaseOutlinesHeading, List<String> phaseNames,
                       String landCoverHeading, String sandRoseHeading, String roseSummaryFormat, String north,
                       String metres, String kilometres) {

    /** The English texts (the committed maps). */
    public static final MapTexts ENGLISH = new MapTexts("Actions and phases", "Phase outlines",
            List.of("Phase 1", "Phase 2", "Phase 3"), "Land cover (muted)", "Sand rose (DP, VU)", "DP %.0f  RDD %.0f°",
            "N", "m", "km");

    public MapTexts {
        for (String s : new String[] {actionsHeading, phaseOutlinesHeading, landCoverHeading, sandRoseHeading,
                roseSummaryFormat, north, metres, kilometres}) {
            if (s == null || s.isBlank()) throw new IllegalArgumentException("map texts must not be empty");
        }
        phaseNames = List.copyOf(phaseNames);
        if (phaseNames.size() != 3) throw new IllegalArgumentException("need the names of phases 1, 2 and 3");
        String.format(Locale.ROOT, roseSummaryFormat, 0.0, 0.0); // fails early on a bad pattern
    }

    /** Name of phase {@code n} (1..3; others are clamped). */
    public String phase(int n) {
        return phaseNames.get(Math.max(1, Math.min(3, n)) - 1);
    }

    /** The rose's summary line, e.g. "DP 812  RDD 118°". */
    public String roseSummary(double totalDpVu, double rddDeg) {
        return String.format(Locale.ROOT, roseSummaryFormat, totalDpVu, rddDeg);
    }

    /** The scale-bar text of a length: "500 m", "2 km" (with this language's units). */
    public String scaleLength(double lengthM) {
        return ScaleBar.label(lengthM, metres, kilometres);
    }

    /** Every fixed text as drawn (the rose summary and scale bar with sample values), e.g. to choose a font. */
    public List<String> all() {
        return List.of(actionsHeading, phaseOutlinesHeading, phaseNames.get(0), phaseNames.get(1), phaseNames.get(2),
                landCoverHeading, sandRoseHeading, roseSummary(0, 0), north, scaleLength(500), scaleLength(2000));
    }
}
