package org.dunefront.workflow.stages;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.dunefront.plan.InterventionEffects;
import org.dunefront.plan.Phase;
import org.dunefront.plan.PhaseRules;
import org.dunefront.plan.PlanSummary;
import org.dunefront.plan.RestorationAction;
import org.dunefront.plan.ScheduledPatch;

/**
 * The machine-readable plan {@value #FILE}: budget unit; per phase its budget, patches, hectares, cost, sand
 * intercepted (of the phase and cumulative), the rows per action with their phase labels and the
 * tipping-point indicators (sand reaching assets over the horizon and median / 90th-percentile front advance
 * with phases 1..k implemented, next to no action, and the reduction); the unscheduled remainder; the
 * intervention effects assumed. Numbers are rounded to 6 significant digits; totals of the per-patch values
 * are those of {@code summary.csv}.
 */
final class PlanJson {
    static final String FILE = "plan.json";

    private PlanJson() { }

    /** @param tipping the tipping-point runs, or null when they were not computed */
    static ObjectNode of(List<ScheduledPatch> schedule, PlanSummary summary, PhaseRules rules, TippingPoints tipping) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("budgetUnit", rules.budgetUnit().name());
        if (tipping != null) o.put("horizonYears", tipping.horizonYears());
        o.put("patchesRanked", schedule.size());
        if (tipping != null) o.set("noAction", outcome(tipping.noAction(), null));
        else o.put("tippingPoints", "not computed: the stage had no drift/migrate outputs");
        ArrayNode phases = o.putArray("phases");
        for (Phase p : Phase.values()) {
            ObjectNode ph = phases.addObject();
            ph.put("phase", p.number());
            ph.put("title", p.title());
            Json.put(ph, "budget", rules.budget(p));
            totals(ph, summary.phaseTotal(p));
            Json.put(ph, "cumulativeSandInterceptedM3PerYr", summary.cumulativeSandInterceptedM3PerYr(p));
            ArrayNode actions = ph.putArray("actions");
            for (PlanSummary.Row r : summary.rows()) {
                if (r.action() == null || r.phase().isEmpty() || r.phase().get() != p) continue;
                ObjectNode a = actions.addObject();
                a.put("action", r.action().id());
                a.put("phaseLabel", p.label(r.action()));
                totals(a, r);
            }
            if (tipping != null) ph.set("tippingPoint", outcome(tipping.afterPhase(p), tipping.noAction()));
        }
        ObjectNode un = o.putObject("unscheduled");
        totals(un, summary.unscheduledTotal());
        ObjectNode eff = o.putObject("interventionEffects");
        InterventionEffects d = InterventionEffects.defaults();
        for (RestorationAction a : RestorationAction.values()) {
            ObjectNode e = eff.putObject(a.id());
            e.put("coverFraction", d.of(a).coverFraction());
            e.put("roughnessM", d.of(a).roughnessM());
            e.put("trapsSand", d.of(a).trapsSand());
        }
        return o;
    }

    private static void totals(ObjectNode o, PlanSummary.Row r) {
        o.put("patches", r == null ? 0 : r.patches());
        Json.put(o, "hectares", r == null ? 0 : r.hectares());
        Json.put(o, "costCny", r == null ? 0 : r.costCny());
        Json.put(o, "sandInterceptedM3PerYr", r == null ? 0 : r.sandInterceptedM3PerYr());
        Json.put(o, "assetsProtected", r == null ? 0 : r.assetsProtected());
    }

    private static ObjectNode outcome(PlanTransport.Outcome x, PlanTransport.Outcome noAction) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        Json.put(o, "sandReachingAssetsM3", x.sandReachingAssetsM3());
        Json.put(o, "medianFrontAdvanceMPerYr", x.medianFrontAdvanceMPerYr());
        Json.put(o, "p90FrontAdvanceMPerYr", x.p90FrontAdvanceMPerYr());
        if (noAction != null) {
            Json.put(o, "sandReachingAssetsM3NoAction", noAction.sandReachingAssetsM3());
            Json.put(o, "medianFrontAdvanceMPerYrNoAction", noAction.medianFrontAdvanceMPerYr());
            double base = noAction.sandReachingAssetsM3();
            Json.put(o, "sandReachingAssetsReductionFraction", base > 0 ? 1 - x.sandReachingAssetsM3() / base : 0);
        }
        return o;
    }
}
