package org.dunefront.workflow.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dunefront.legend.LandCoverClass;
import org.dunefront.legend.Legend;
import org.dunefront.legend.SurfaceType;
import org.dunefront.plan.LandCoverFlag;
import org.dunefront.plan.LandCoverLookup;
import org.dunefront.plan.LandCoverTraits;
import org.junit.jupiter.api.Test;

/** Legend classes → plan traits: flags by name, ERODIBLE from the surface type or mobile sand, asset values. */
class LegendTraitsTest {
    private static LandCoverClass cls(int code, SurfaceType surface, double asset, org.dunefront.legend.LandCoverFlag... flags) {
        Set<org.dunefront.legend.LandCoverFlag> f = flags.length == 0 ? Set.of() : EnumSet.of(flags[0], flags);
        return new LandCoverClass(code, "c" + code, "class " + code, "", 0xFF000000, 0.1, 0.01, "", surface, asset, f);
    }

    @Test
    void mapsFlagsSurfaceAndAssetValue() {
        Legend legend = new Legend("t", 0, List.of(
                cls(1, SurfaceType.ERODIBLE, 0, org.dunefront.legend.LandCoverFlag.SAND_SEA),
                cls(2, SurfaceType.NON_ERODIBLE, 1, org.dunefront.legend.LandCoverFlag.FARMLAND),
                cls(3, SurfaceType.NON_ERODIBLE, 0, org.dunefront.legend.LandCoverFlag.MOBILE_SAND),
                cls(4, SurfaceType.NON_ERODIBLE, 3, org.dunefront.legend.LandCoverFlag.SETTLEMENT, org.dunefront.legend.LandCoverFlag.ROAD),
                cls(5, SurfaceType.NON_ERODIBLE, 0, org.dunefront.legend.LandCoverFlag.GOBI, org.dunefront.legend.LandCoverFlag.SALINE)));
        LandCoverLookup l = LegendTraits.lookup(legend);
        assertEquals(EnumSet.of(LandCoverFlag.ERODIBLE, LandCoverFlag.SAND_SEA), l.traits(1).flags());
        assertEquals(EnumSet.of(LandCoverFlag.FARMLAND), l.traits(2).flags());
        assertEquals(1.0, l.traits(2).assetValue());
        assertEquals(EnumSet.of(LandCoverFlag.ERODIBLE), l.traits(3).flags(), "mobile sand is erodible whatever its surface");
        assertEquals(EnumSet.of(LandCoverFlag.SETTLEMENT, LandCoverFlag.ROAD), l.traits(4).flags());
        assertEquals(3.0, l.traits(4).assetValue());
        assertEquals(EnumSet.of(LandCoverFlag.SALINE), l.traits(5).flags(), "gobi has no plan flag");
        assertSame(LandCoverTraits.NONE, l.traits(0), "nodata code");
        assertSame(LandCoverTraits.NONE, l.traits(99), "code outside the legend");
        assertSame(LandCoverTraits.NONE, l.traits(-1));
    }
}
