package org.dunefront.plan;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What each action does to the surface when the transport model is re-run for a phase's tipping-point
 * indicators (issue 6 "Phases"): the vegetation cover and roughness length it establishes and whether
 * it traps all arriving sand (straw checkerboards). The layers map one-to-one onto the transport
 * stage's interventions (cover floor, roughness floor, trap mask).
 *
 * @param effects effect of every action
 */
public record InterventionEffects(Map<RestorationAction, InterventionEffects.ActionEffect> effects) {

    /**
     * @param coverFraction vegetation cover the action establishes, 0..1
     * @param roughnessM    roughness length z0 the action establishes, m (≥ 0)
     * @param trapsSand     true when the measure traps all arriving sand (straw checkerboards, fences)
     */
    public record ActionEffect(double coverFraction, double roughnessM, boolean trapsSand) {
        public ActionEffect {
            if (!(coverFraction >= 0 && coverFraction <= 1)) throw new IllegalArgumentException("coverFraction must be in [0, 1]");
            if (!(roughnessM >= 0) || !Double.isFinite(roughnessM)) throw new IllegalArgumentException("roughnessM must be ≥ 0");
        }
    }

    /** Per-cell layers for the transport model; null arrays never occur. */
    public record Layers(float[] coverFloorFraction, float[] roughnessFloorM, boolean[] trapMask) {}

    public InterventionEffects {
        Objects.requireNonNull(effects, "effects");
        EnumMap<RestorationAction, ActionEffect> m = new EnumMap<>(RestorationAction.class);
        for (RestorationAction a : RestorationAction.values()) {
            ActionEffect e = effects.get(a);
            if (e == null) throw new IllegalArgumentException("no intervention effect for " + a.id());
            m.put(a, e);
        }
        effects = java.util.Collections.unmodifiableMap(m);
    }

    /**
     * Illustrative defaults [check against field data before relying on them]: roughness lengths from the
     * typical values of science.md §2 (shrubland 0.05–0.1 m, forest/shelterbelt 0.5–1 m, grassland
     * 0.01–0.03 m); covers above the 18.75 % at which AeoLiS' vegetation law stops transport for
     * a shear-velocity ratio of 2 (science.md §4); straw checkerboards (sand fixation and leeward mountain barriers) trap
     * arriving sand (about 70 % less edge advance behind a belt, full effect at ~400 m width:
     * Liu &amp; Bo 2020, Aeolian Research 42:100546).
     */
    public static InterventionEffects defaults() {
        return new InterventionEffects(Map.of(
                RestorationAction.SHRUB_SAND_FIXATION, new ActionEffect(0.20, 0.05, true),
                RestorationAction.SHRUB_SALINE, new ActionEffect(0.25, 0.05, false),
                RestorationAction.MOUNTAIN_BARRIER, new ActionEffect(0.20, 0.10, true),
                RestorationAction.MIXED_PLANTING, new ActionEffect(0.50, 0.50, false),
                RestorationAction.DE_CHANNELIZATION, new ActionEffect(0.30, 0.03, false)));
    }

    public ActionEffect of(RestorationAction a) { return effects.get(a); }

    /**
     * Layers for per-cell action codes, e.g. {@link RestorationPlan#actionsThroughPhase(Phase)}: cells
     * without an action get cover 0, roughness 0 and no trap (floors that change nothing).
     */
    public Layers layers(int[] actionCodes) {
        int n = actionCodes.length;
        float[] cover = new float[n], z0 = new float[n];
        boolean[] trap = new boolean[n];
        ActionEffect[] byCode = new ActionEffect[RestorationAction.values().length + 1];
        for (RestorationAction a : RestorationAction.values()) byCode[a.code()] = effects.get(a);
        for (int i = 0; i < n; i++) {
            int c = actionCodes[i];
            if (c <= 0) continue;
            if (c >= byCode.length) throw new IllegalArgumentException("not an action code: " + c);
            ActionEffect e = byCode[c];
            cover[i] = (float) e.coverFraction();
            z0[i] = (float) e.roughnessM();
            trap[i] = e.trapsSand();
        }
        return new Layers(cover, z0, trap);
    }
}
