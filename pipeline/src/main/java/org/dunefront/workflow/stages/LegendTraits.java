package org.dunefront.workflow.stages;

import java.util.EnumSet;
import org.dunefront.legend.LandCoverClass;
import org.dunefront.legend.Legend;
import org.dunefront.legend.SurfaceType;
import org.dunefront.plan.LandCoverFlag;
import org.dunefront.plan.LandCoverLookup;
import org.dunefront.plan.LandCoverTraits;

/**
 * The legend's classes as the plan's {@link LandCoverLookup}: legend flags map by constant name onto
 * {@link LandCoverFlag} (saline, shelterbelt, farmland, settlement, water, wetland, mountain, road, degraded,
 * sand sea, plantation forest); {@link LandCoverFlag#ERODIBLE} is set for classes whose surface is
 * {@link SurfaceType#ERODIBLE} or that carry the {@code mobileSand} flag; the asset value is the legend's.
 * Codes outside the legend (and its nodata code) get {@link LandCoverTraits#NONE}.
 */
final class LegendTraits {
    private LegendTraits() { }

    static LandCoverLookup lookup(Legend legend) {
        LandCoverTraits[] byCode = new LandCoverTraits[256];
        for (LandCoverClass c : legend.classes()) byCode[c.code()] = traits(c);
        if (legend.noDataCode() >= 0 && legend.noDataCode() < 256) byCode[legend.noDataCode()] = LandCoverTraits.NONE;
        return code -> code < 0 || code > 255 || byCode[code] == null ? LandCoverTraits.NONE : byCode[code];
    }

    static LandCoverTraits traits(LandCoverClass c) {
        EnumSet<LandCoverFlag> flags = EnumSet.noneOf(LandCoverFlag.class);
        for (org.dunefront.legend.LandCoverFlag f : c.flags()) {
            for (LandCoverFlag p : LandCoverFlag.values()) if (p.name().equals(f.name())) flags.add(p);
        }
        if (c.surface() == SurfaceType.ERODIBLE || c.has(org.dunefront.legend.LandCoverFlag.MOBILE_SAND)) {
            flags.add(LandCoverFlag.ERODIBLE);
        }
        return new LandCoverTraits(flags, c.assetValue());
    }
}
