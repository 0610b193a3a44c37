package org.dunefront.workflow.stages;

import java.util.ArrayList;
import java.util.List;
import org.dunefront.plan.PlanLegend;
import org.dunefront.style.Category;
import org.dunefront.style.ClassStyle;
import org.dunefront.style.StyleGenerator;
import org.dunefront.style.SymbolKind;

/**
 * QGIS (QML) and OGC (SLD) styles of the plan outputs, generated from {@link PlanLegend} so the colours
 * and names match the action-plan raster's colour table: {@code action_plan.tif} categorised on its band
 * value, the {@code patches} layer categorised on {@code plan_code} (= 10·phase + action, so action and
 * phase at once). Copies are committed in the repository's {@code styles/} folder.
 */
public final class PlanStyles {
    public static final String ACTION_PLAN_QML = "action_plan.qml";
    public static final String ACTION_PLAN_SLD = "action_plan.sld";
    public static final String PATCHES_QML = "patches.qml";
    public static final String PATCHES_SLD = "patches.sld";
    /** Outline width of patch polygons, mm. */
    static final double OUTLINE_MM = 0.26;

    private PlanStyles() { }

    /** Every legend entry, "No action" (0) first. */
    static List<Category> rasterCategories() {
        List<Category> out = new ArrayList<>();
        for (PlanLegend.Entry e : PlanLegend.entries()) out.add(Category.of(e.code(), e.name(), e.argb()));
        return out;
    }

    /** Entries with an action (every patch has one). */
    static List<Category> patchCategories() {
        List<Category> out = new ArrayList<>();
        for (PlanLegend.Entry e : PlanLegend.entries()) if (e.action() != null) out.add(Category.of(e.code(), e.name(), e.argb()));
        return out;
    }

    /** Style of {@code action_plan.tif} (its entry in {@link OutputStyles}). */
    static ClassStyle actionPlanStyle() { return new ClassStyle("Dunefront action plan", rasterCategories()); }

    public static String actionPlanQml() { return actionPlanStyle().qml(); }

    public static String actionPlanSld() { return actionPlanStyle().sld("action_plan"); }

    public static String patchesQml() {
        return StyleGenerator.categorizedVectorQml("plan_code", SymbolKind.POLYGON, patchCategories(), OUTLINE_MM);
    }

    public static String patchesSld() {
        return StyleGenerator.categorizedVectorSld("patches", "Dunefront restoration patches by phase and action", "plan_code",
                SymbolKind.POLYGON, patchCategories(), OUTLINE_MM);
    }
}
