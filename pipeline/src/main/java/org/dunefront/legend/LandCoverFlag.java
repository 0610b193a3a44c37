package org.dunefront.legend;

import java.util.Optional;

/** Class properties the ranking and action-plan rules select on. The YAML key is {@link #key()}. */
public enum LandCoverFlag {
    SALINE("saline"),
    SHELTERBELT("shelterbelt"),
    FARMLAND("farmland"),
    SETTLEMENT("settlement"),
    WATER("water"),
    WETLAND("wetland"),
    MOUNTAIN("mountain"),
    MOBILE_SAND("mobileSand"),
    GOBI("gobi");

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
