package org.dunefront.plan;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What the plan needs to know about one land-cover class.
 *
 * @param flags      class properties
 * @param assetValue relative value of the class as an asset that sand must be kept off (0 = not an asset;
 *                   e.g. farmland 1, settlement 3); used by downwind routing
 */
public record LandCoverTraits(Set<LandCoverFlag> flags, double assetValue) {
    /** Traits of an unknown or nodata class: no flags, no asset. */
    public static final LandCoverTraits NONE = new LandCoverTraits(Set.of(), 0);

    public LandCoverTraits {
        Objects.requireNonNull(flags, "flags");
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        if (!(assetValue >= 0) || !Double.isFinite(assetValue)) {
            throw new IllegalArgumentException("assetValue must be finite and ≥ 0, got " + assetValue);
        }
    }

    public static LandCoverTraits of(double assetValue, LandCoverFlag... flags) {
        return new LandCoverTraits(flags.length == 0 ? Set.of() : EnumSet.of(flags[0], flags), assetValue);
    }

    public boolean has(LandCoverFlag f) { return flags.contains(f); }
}
