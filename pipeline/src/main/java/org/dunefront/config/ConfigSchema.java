package org.dunefront.config;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every section and parameter of {@link DunefrontConfig}, read once from the {@link Section} and
 * {@link Param} annotations, in declaration order. Also suggests the nearest valid key for a
 * misspelt one.
 */
public final class ConfigSchema {

    /** A section: its name, description, record type and parameters. */
    public record SectionSpec(String name, String description, Class<?> type, RecordComponent component,
                              List<ParamSpec> params) { }

    private static final List<SectionSpec> SECTIONS = build();
    private static final Map<String, ParamSpec> BY_KEY = index();

    private ConfigSchema() { }

    private static List<SectionSpec> build() {
        List<SectionSpec> out = new ArrayList<>();
        for (RecordComponent s : DunefrontConfig.class.getRecordComponents()) {
            Section meta = s.getAnnotation(Section.class);
            List<ParamSpec> params = new ArrayList<>();
            for (RecordComponent c : s.getType().getRecordComponents()) params.add(ParamSpec.of(s.getName(), c));
            out.add(new SectionSpec(s.getName(), meta.description(), s.getType(), s, List.copyOf(params)));
        }
        return List.copyOf(out);
    }

    private static Map<String, ParamSpec> index() {
        Map<String, ParamSpec> m = new LinkedHashMap<>();
        for (SectionSpec s : SECTIONS) for (ParamSpec p : s.params()) m.put(p.key(), p);
        return Collections.unmodifiableMap(m);
    }

    public static List<SectionSpec> sections() {
        return SECTIONS;
    }

    public static Optional<SectionSpec> section(String name) {
        return SECTIONS.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** All parameters in template order. */
    public static List<ParamSpec> params() {
        return List.copyOf(BY_KEY.values());
    }

    public static Optional<ParamSpec> param(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    /** The valid key (section or parameter) closest to {@code key} by edit distance, ignoring case. */
    public static String nearestKey(String key) {
        List<String> candidates = new ArrayList<>(BY_KEY.keySet());
        for (SectionSpec s : SECTIONS) candidates.add(s.name());
        String k = key.toLowerCase(java.util.Locale.ROOT);
        return candidates.stream()
                .min(Comparator.<String>comparingInt(c -> distance(k, c.toLowerCase(java.util.Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .orElseThrow();
    }

    /**
     * Edit distance where a candidate's part after the last dot also matches alone (so a
     * parameter written without its section, or in the wrong section, finds its real key).
     */
    static int distance(String typed, String candidate) {
        int full = levenshtein(typed, candidate);
        String typedLast = typed.substring(typed.lastIndexOf('.') + 1);
        String candLast = candidate.substring(candidate.lastIndexOf('.') + 1);
        return Math.min(full, levenshtein(typedLast, candLast) + (candidate.contains(".") ? 1 : 3));
    }

    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }
}
