package org.dunefront.plan;

import java.util.List;

/**
 * The three phases of the regional plan (science.md §9). Each phase orders the actions for its
 * sub-letters: the phase's own programme first, then actions that only fill the remaining budget, so
 * labels read like the plan ("Phase 1a — saline-alkali shrubs", "Phase 2b — mountain barriers").
 */
public enum Phase {
    /** Targeted restoration and pilots in degraded zones. */
    PHASE_1(1, "Phase 1 — targeted restoration and pilots", List.of(RestorationAction.SHRUB_SALINE,
            RestorationAction.MIXED_PLANTING, RestorationAction.DE_CHANNELIZATION,
            RestorationAction.SHRUB_SAND_FIXATION, RestorationAction.MOUNTAIN_BARRIER)),
    /** Optimisation of existing shelterbelts and mountain barriers. */
    PHASE_2(2, "Phase 2 — shelterbelt optimisation and mountain barriers", List.of(RestorationAction.MIXED_PLANTING,
            RestorationAction.MOUNTAIN_BARRIER, RestorationAction.SHRUB_SAND_FIXATION,
            RestorationAction.SHRUB_SALINE, RestorationAction.DE_CHANNELIZATION)),
    /** Regional coordination: seasonal-river restoration as buffers between farmland and protection zones. */
    PHASE_3(3, "Phase 3 — regional seasonal-river restoration", List.of(RestorationAction.DE_CHANNELIZATION,
            RestorationAction.SHRUB_SAND_FIXATION, RestorationAction.SHRUB_SALINE,
            RestorationAction.MIXED_PLANTING, RestorationAction.MOUNTAIN_BARRIER));

    private final int number;
    private final String title;
    private final List<RestorationAction> letterOrder;

    Phase(int number, String title, List<RestorationAction> letterOrder) {
        this.number = number;
        this.title = title;
        this.letterOrder = letterOrder;
    }

    /** 1, 2 or 3. */
    public int number() { return number; }

    /** Phase title, e.g. "Phase 1 — targeted restoration and pilots". */
    public String title() { return title; }

    /** Sub-phase letter of an action in this phase: 'a' for the first action of the phase's programme. */
    public char letter(RestorationAction action) {
        return (char) ('a' + letterOrder.indexOf(action));
    }

    /** Label of an action in this phase, e.g. "Phase 1a — saline-alkali shrubs". */
    public String label(RestorationAction action) {
        return "Phase " + number + letter(action) + " — " + action.phaseNoun();
    }

    /** Short label, e.g. "1a". */
    public String shortLabel(RestorationAction action) {
        return "" + number + letter(action);
    }
}
