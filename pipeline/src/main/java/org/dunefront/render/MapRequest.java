package org.dunefront.render;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.RasterSource;

/**
 * Everything the action-plan map shows. Rasters are read band 0 and must share {@code grid}
 * (the study grid, a projected CRS in metres); any of them may be null except the plan.
 *
 * @param grid             study grid
 * @param dem              elevation (m) for the hillshade base, or null
 * @param landcover        land-cover codes, or null
 * @param landcoverStyles  colours and names of land-cover codes (drawn muted)
 * @param actionPlan       action × phase codes (0 = no action)
 * @param planStyles       colours and names of the plan codes, in legend order
 * @param phaseByCode      phase number (1..3) of each plan code, for the phase outlines
 * @param labels           phase labels at patch centroids (CRS coordinates)
 * @param rose             sand rose for the inset, or null
 * @param title            map title
 * @param credits          data credits printed under the legend
 * @param texts            the map's fixed texts (headings, north letter, scale units) in its language
 */
public record MapRequest(GridGeometry grid, RasterSource dem, RasterSource landcover,
                         List<CategoryStyle> landcoverStyles, RasterSource actionPlan,
                         List<CategoryStyle> planStyles, Map<Integer, Integer> phaseByCode,
                         List<MapLabel> labels, WindRose rose, String title, String credits, MapTexts texts) {
    public MapRequest {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(actionPlan, "actionPlan");
        landcoverStyles = landcoverStyles == null ? List.of() : List.copyOf(landcoverStyles);
        planStyles = List.copyOf(planStyles);
        phaseByCode = Map.copyOf(phaseByCode);
        labels = labels == null ? List.of() : List.copyOf(labels);
        title = title == null ? "" : title;
        credits = credits == null ? "" : credits;
        texts = texts == null ? MapTexts.ENGLISH : texts;
    }

    /** A request with the English fixed texts. */
    public MapRequest(GridGeometry grid, RasterSource dem, RasterSource landcover, List<CategoryStyle> landcoverStyles,
                      RasterSource actionPlan, List<CategoryStyle> planStyles, Map<Integer, Integer> phaseByCode,
                      List<MapLabel> labels, WindRose rose, String title, String credits) {
        this(grid, dem, landcover, landcoverStyles, actionPlan, planStyles, phaseByCode, labels, rose, title, credits,
                MapTexts.ENGLISH);
    }
}
