package org.dunefront.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.dunefront.ranking.Criterion;

/**
 * The attribute table of the {@code patches} layer: field names, types and per-patch values in a fixed
 * order, so the GeoPackage writer and the summary agree. Criterion fields are the criterion ids in
 * snake_case (e.g. {@code protective_value}); NaN means "not applicable" and should be written as NULL.
 */
public final class PatchAttributes {
    /** Field value types. */
    public enum FieldType { INTEGER, REAL, TEXT }

    /** One field of the table. */
    public record Field(String name, FieldType type, String description) {}

    private static final List<Field> FIELDS;

    static {
        List<Field> f = new ArrayList<>();
        f.add(new Field("id", FieldType.INTEGER, "patch id (value in the labels raster)"));
        f.add(new Field("action", FieldType.TEXT, "restoration action id"));
        f.add(new Field("phase", FieldType.INTEGER, "phase number 1-3, NULL when unscheduled"));
        f.add(new Field("phase_label", FieldType.TEXT, "e.g. Phase 1a — saline-alkali shrubs"));
        f.add(new Field("plan_code", FieldType.INTEGER, "action_plan.tif code (10·phase + action code)"));
        f.add(new Field("rank", FieldType.INTEGER, "overall rank (1 = best)"));
        f.add(new Field("action_rank", FieldType.INTEGER, "rank within the action"));
        f.add(new Field("score", FieldType.REAL, "weighted score 0-1"));
        for (Criterion c : PatchCriteria.CRITERIA) {
            f.add(new Field(snake(c.id()), FieldType.REAL, c.description() + " (" + c.unit() + ")"));
        }
        f.add(new Field("area_ha", FieldType.REAL, "area in hectares"));
        f.add(new Field("cost_cny", FieldType.REAL, "total cost in CNY"));
        f.add(new Field("sand_intercepted_m3_per_yr", FieldType.REAL, "sand that would otherwise reach assets"));
        f.add(new Field("assets_protected", FieldType.REAL, "asset-value- and travel-weighted sand intercepted"));
        FIELDS = Collections.unmodifiableList(f);
    }

    private PatchAttributes() {}

    /** The fields in table order. */
    public static List<Field> fields() { return FIELDS; }

    /** Values of one patch in {@link #fields()} order: Integer, Double (NaN = NULL), String or null. */
    public static List<Object> values(ScheduledPatch s) {
        PlanPatch p = s.patch();
        List<Object> v = new ArrayList<>(FIELDS.size());
        v.add(p.id());
        v.add(p.action().id());
        v.add(s.phase().map(Phase::number).orElse(null));
        v.add(s.phaseLabel());
        v.add(s.rasterCode());
        v.add(p.overallRank());
        v.add(p.actionRank());
        v.add(p.score());
        for (double c : p.criteria()) v.add(c);
        v.add(p.areaHa());
        v.add(p.costCny());
        v.add(p.sandInterceptedM3PerYr());
        v.add(p.assetsProtected());
        return Collections.unmodifiableList(v);
    }

    static String snake(String kebab) {
        return kebab.replace('-', '_');
    }
}
