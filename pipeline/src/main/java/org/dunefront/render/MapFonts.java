package org.dunefront.render;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Picks the map's font family: the first installed candidate whose glyphs cover every text the map draws
 * ({@link Font#canDisplayUpTo(String)} = -1 for each), so that Chinese labels are never drawn as
 * missing-glyph boxes. DejaVu Sans (Latin, the committed maps) comes first, then common CJK families.
 */
public final class MapFonts {
    /** Families tried when none is configured, in order. */
    public static final List<String> DEFAULT_FAMILIES = List.of("DejaVu Sans", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
            "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "AR PL UMing CN");
    /** Debian package with a CJK font Dunefront is tested with (scripts/install-deps.sh installs it). */
    public static final String CJK_FONT_PACKAGE = "fonts-wqy-microhei";

    private MapFonts() { }

    /** The first of {@code candidates} that is installed and can display every one of {@code texts}. */
    public static Optional<String> familyFor(List<String> candidates, Collection<String> texts) {
        Set<String> installed = installedFamilies();
        for (String family : candidates) {
            if (installed.contains(family) && firstUndisplayable(family, texts).isEmpty()) return Optional.of(family);
        }
        return Optional.empty();
    }

    /** The first of {@code texts} that {@code family} cannot display completely, if any. */
    public static Optional<String> firstUndisplayable(String family, Collection<String> texts) {
        Font f = new Font(family, Font.PLAIN, 12);
        return texts.stream().filter(t -> f.canDisplayUpTo(t) != -1).findFirst();
    }

    /** Font families installed on this machine (English names). */
    public static Set<String> installedFamilies() {
        return Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT));
    }
}
