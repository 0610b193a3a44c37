package org.dunefront.legend;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One class of the land-cover legend with the properties the sand-drift and ranking stages use.
 *
 * @param code               raster value, 1..255 (uint8; the legend's nodata code excluded)
 * @param id                 stable identifier, lower_snake_case (mapping targets refer to it)
 * @param name               English name
 * @param nameZh             Chinese name, empty when none
 * @param argb               display colour, ARGB (alpha 0xFF)
 * @param vegetationCover    fractional vegetation cover, 0..1 (AeoLiS: u*v = u* / sqrt(1 + 16·cover))
 * @param roughnessLengthM   aerodynamic roughness length z0 in metres, &gt; 0 (law of the wall)
 * @param roughnessReference source of the z0 value (e.g. Wieringa 1993 table class)
 * @param surface            role in sand transport
 * @param assetValue         relative value threatened by sand, ≥ 0 (0 = nothing at stake)
 * @param flags              ranking flags
 */
public record LandCoverClass(int code, String id, String name, String nameZh, int argb, double vegetationCover,
                             double roughnessLengthM, String roughnessReference, SurfaceType surface,
                             double assetValue, Set<LandCoverFlag> flags) {

    public LandCoverClass {
        if (code < 0 || code > 255) throw new IllegalArgumentException("code must be 0..255 (uint8), got " + code);
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        nameZh = nameZh == null ? "" : nameZh;
        roughnessReference = roughnessReference == null ? "" : roughnessReference;
        Objects.requireNonNull(surface, "surface");
        if (!(vegetationCover >= 0 && vegetationCover <= 1)) {
            throw new IllegalArgumentException("vegetationCover must be within 0..1, got " + vegetationCover);
        }
        if (!(roughnessLengthM > 0) || !Double.isFinite(roughnessLengthM)) {
            throw new IllegalArgumentException("roughnessLengthM must be > 0, got " + roughnessLengthM);
        }
        if (!(assetValue >= 0) || !Double.isFinite(assetValue)) {
            throw new IllegalArgumentException("assetValue must be >= 0, got " + assetValue);
        }
        flags = flags == null || flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    public boolean has(LandCoverFlag flag) {
        return flags.contains(flag);
    }

    /** Colour as "#rrggbb". */
    public String hexColour() {
        return String.format("#%06x", argb & 0xFFFFFF);
    }
}
