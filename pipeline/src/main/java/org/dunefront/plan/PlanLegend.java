package org.dunefront.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Codes, colours and names of the uint8 action-plan raster ({@code action_plan.tif}):
 * 0 = no action; {@code a} (1..5) = candidate of action {@code a} left unscheduled;
 * {@code 10·phase + a} (11..35) = action {@code a} scheduled in that phase. The palette holds one ARGB
 * entry per code 0..35 (unused codes and 0 are fully transparent); colours are one hue per action
 * (colour-blind-safe "Dark2" hues, Brewer 2003) lightened for later phases and greyed when unscheduled.
 */
public final class PlanLegend {
    /** Value of cells without any action. */
    public static final int NO_ACTION = 0;
    /** Largest code used; the palette and category names have {@code MAX_CODE + 1} entries. */
    public static final int MAX_CODE = 35;

    /** One legend entry. */
    public record Entry(int code, int argb, String name, RestorationAction action, Optional<Phase> phase) {}

    private PlanLegend() {}

    /** Raster code of an action in a phase (or unscheduled when empty). */
    public static int code(RestorationAction action, Optional<Phase> phase) {
        return phase.map(p -> 10 * p.number() + action.code()).orElse(action.code());
    }

    /** Base RGB of each action (Dark2). */
    static int baseRgb(RestorationAction a) {
        return switch (a) {
            case SHRUB_SAND_FIXATION -> 0xE6AB02;
            case SHRUB_SALINE -> 0x7570B3;
            case MOUNTAIN_BARRIER -> 0xA6761D;
            case MIXED_PLANTING -> 0x1B9E77;
            case DE_CHANNELIZATION -> 0x1F78B4;
        };
    }

    /** ARGB colour of a code (transparent for 0 and unused codes). */
    public static int argb(RestorationAction action, Optional<Phase> phase) {
        int rgb = baseRgb(action);
        int out = phase.map(p -> switch (p) {
            case PHASE_1 -> rgb;
            case PHASE_2 -> mix(rgb, 0xFFFFFF, 0.35);
            case PHASE_3 -> mix(rgb, 0xFFFFFF, 0.60);
        }).orElse(mix(rgb, 0xC8C8C8, 0.75));
        return 0xFF000000 | out;
    }

    /** Name of a code: the phase label, "Unscheduled — …" or "No action". */
    public static String name(RestorationAction action, Optional<Phase> phase) {
        return phase.map(p -> p.label(action)).orElse("Unscheduled — " + action.phaseNoun());
    }

    /** All used codes in ascending order, starting with 0 = "No action". */
    public static List<Entry> entries() {
        List<Entry> es = new ArrayList<>();
        es.add(new Entry(NO_ACTION, 0, "No action", null, Optional.empty()));
        List<Optional<Phase>> phases = new ArrayList<>();
        phases.add(Optional.empty());
        for (Phase p : Phase.values()) phases.add(Optional.of(p));
        for (Optional<Phase> ph : phases) {
            for (RestorationAction a : RestorationAction.values()) {
                es.add(new Entry(code(a, ph), argb(a, ph), name(a, ph), a, ph));
            }
        }
        return Collections.unmodifiableList(es);
    }

    /** Phase number (1..3) of every scheduled code (11..35), e.g. for drawing phase outlines on the map. */
    public static java.util.Map<Integer, Integer> phaseByCode() {
        java.util.Map<Integer, Integer> m = new java.util.TreeMap<>();
        for (Entry e : entries()) e.phase().ifPresent(p -> m.put(e.code(), p.number()));
        return java.util.Collections.unmodifiableMap(m);
    }

    /** ARGB colour table indexed by code (length 36), for {@code BandInfo.withPalette}. */
    public static List<Integer> palette() {
        Integer[] p = new Integer[MAX_CODE + 1];
        java.util.Arrays.fill(p, 0);
        for (Entry e : entries()) p[e.code()] = e.argb();
        return List.of(p);
    }

    /** Category names indexed by code (length 36; "" for unused codes). */
    public static List<String> categoryNames() {
        String[] n = new String[MAX_CODE + 1];
        java.util.Arrays.fill(n, "");
        for (Entry e : entries()) n[e.code()] = e.name();
        return List.of(n);
    }

    private static int mix(int rgb, int towards, double t) {
        int r = channel(rgb, 16, towards, t), g = channel(rgb, 8, towards, t), b = channel(rgb, 0, towards, t);
        return (r << 16) | (g << 8) | b;
    }

    private static int channel(int rgb, int shift, int towards, double t) {
        int a = (rgb >> shift) & 0xFF, b = (towards >> shift) & 0xFF;
        return (int) Math.round(a + (b - a) * t);
    }
}
