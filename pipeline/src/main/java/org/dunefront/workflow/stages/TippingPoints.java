package org.dunefront.workflow.stages;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dunefront.grid.ProgressListener;
import org.dunefront.plan.InterventionEffects;
import org.dunefront.plan.Phase;
import org.dunefront.plan.ScheduledPatch;
import org.dunefront.transport.Interventions;

/**
 * Tipping-point indicators of issue 6: the transport model run without action and once per phase k with
 * the interventions of every patch scheduled in phases 1..k ({@link InterventionEffects#defaults()}: cover
 * floor, roughness floor, trap mask), reporting sand reaching assets and the desert-front advance.
 *
 * @param noAction   the run without interventions (equals the migrate stage's numbers)
 * @param afterPhase the run with phases 1..k implemented, per phase k
 */
record TippingPoints(PlanTransport.Outcome noAction, Map<Phase, PlanTransport.Outcome> afterPhase, int horizonYears) {

    PlanTransport.Outcome afterPhase(Phase p) { return afterPhase.get(p); }

    /**
     * Runs the transport after each phase, and without action unless {@code knownNoAction} is given (the migrate
     * stage's identical run, {@link MigrateNoAction}); closes {@code transport} (its scratch forcing) at the end.
     *
     * @param knownNoAction the no-action outcome when already known, or null to run it
     */
    static TippingPoints compute(PlanTransport transport, Map<Phase, Interventions> interventions, List<ScheduledPatch> schedule,
                                 PlanTransport.Outcome knownNoAction, ProgressListener progress) throws IOException {
        try (transport) {
            return computeRuns(transport, interventions, schedule, knownNoAction, progress);
        }
    }

    /**
     * The phases whose transport run is needed: phase 1, and every later phase that schedules a patch (the others
     * repeat the previous phase's run). Their model-grid interventions ({@link PhaseInterventions.Accumulator}) are
     * the input of {@link #compute}.
     */
    static List<Phase> phasesToRun(List<ScheduledPatch> schedule) {
        List<Phase> out = new ArrayList<>();
        Phase[] phases = Phase.values();
        for (int k = 0; k < phases.length; k++) if (k == 0 || schedulesAny(schedule, phases[k])) out.add(phases[k]);
        return out;
    }

    private static TippingPoints computeRuns(PlanTransport transport, Map<Phase, Interventions> interventions,
                                             List<ScheduledPatch> schedule, PlanTransport.Outcome knownNoAction,
                                             ProgressListener progress) {
        Phase[] phases = Phase.values();
        int first = knownNoAction == null ? 1 : 0, runs = phases.length + first;
        PlanTransport.Outcome none = knownNoAction != null ? knownNoAction
                : transport.run(Interventions.NONE, progress.scaled(0, 1.0 / runs));
        Map<Phase, PlanTransport.Outcome> after = new EnumMap<>(Phase.class);
        for (int k = 0; k < phases.length; k++) {
            ProgressListener share = progress.scaled((k + first) / (double) runs, (k + first + 1.0) / runs);
            if (k > 0 && !schedulesAny(schedule, phases[k])) {
                // phase k adds no patch: the interventions of phases 1..k are those of 1..k-1, cell for cell
                // (PhaseInterventions reads nothing else), and the same input gives the same deterministic run
                after.put(phases[k], after.get(phases[k - 1]));
                share.reportOrCancel(1.0, "phase " + phases[k].number() + " schedules no patch");
                continue;
            }
            Interventions iv = interventions.get(phases[k]);
            if (iv == null) throw new IllegalArgumentException("no interventions for " + phases[k]);
            after.put(phases[k], transport.runOnModelGrid(iv, share));
        }
        return new TippingPoints(none, after, transport.horizonYears());
    }

    /** Whether any patch is scheduled in {@code phase}. */
    static boolean schedulesAny(List<ScheduledPatch> schedule, Phase phase) {
        for (ScheduledPatch s : schedule) if (s.phase().isPresent() && s.phase().get() == phase) return true;
        return false;
    }
}
