package org.dunefront.legend;

import java.util.Optional;

/**
 * Class properties the ranking and action-plan rules select on. The YAML key is {@link #key()}.
 * Constant names match {@code org.dunefront.plan.LandCoverFlag} where both exist, so a workflow
 * adapter can map them by name (plus ERODIBLE from {@link SurfaceType#ERODIBLE}).
 */
public enum LandCoverFlag {
    SALINE("saline"),
    SHELTERBELT("shelterbelt"),
    FARMLAND("farmland"),
    SETTLEMENT("settlement"),
    WATER("water"),
    WETLAND("wetland"),
    MOUNTAIN("mountain"),
    MOBILE_SAND("mobileSand"),
    GOBI("gobi"),
    /** Road or other linear infrastructure. */
    ROAD("road"),
    /** Degraded land (human-induced desertification: degraded grassland, abandoned farmland). */
    DEGRADED("degraded"),
    /** Part of the natural sand sea that the plan protects rather than greens. */
    SAND_SEA("sandSea"),
    /** Monoculture plantation forest on former desert or arid land. */
    PLANTATION_FOREST("plantationForest");

    private final String key;

    LandCoverFlag(String key) {
        this.key = key;
    }

    /** The spelling used in legend files. */
    public String key() {
        return key;
    }

    /** The flag spelled {@code key} in a legend file (case-insensitive, '_' ignored). */
    public static Optional<LandCoverFlag> fromKey(String key) {
        String k = key.replace("_", "");
        for (LandCoverFlag f : values()) {
            if (f.key.equalsIgnoreCase(k)) return Optional.of(f);
        }
        return Optional.empty();
    }
}
