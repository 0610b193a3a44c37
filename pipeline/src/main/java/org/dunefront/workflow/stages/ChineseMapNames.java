package org.dunefront.workflow.stages;

import java.util.Map;
import org.dunefront.config.MapLanguage;
import org.dunefront.legend.LandCoverClass;
import org.dunefront.plan.PlanLegend;
import org.dunefront.plan.RestorationAction;

/**
 * Legend names of the rendered map in the configured {@link MapLanguage}: English from {@link PlanLegend}
 * and the legend's {@code name}, or simplified Chinese ("第一阶段 1a — 耐盐灌木", the legend's
 * {@code name_zh}; English when a class has none).
 */
final class ChineseMapNames {
    private static final Map<RestorationAction, String> ACTION_ZH = Map.of(
            RestorationAction.SHRUB_SAND_FIXATION, "固沙灌木",
            RestorationAction.SHRUB_SALINE, "耐盐灌木",
            RestorationAction.MOUNTAIN_BARRIER, "山地屏障",
            RestorationAction.MIXED_PLANTING, "防护林混交种植",
            RestorationAction.DE_CHANNELIZATION, "季节性河道去渠化");
    private static final String[] PHASE_ZH = {"", "第一阶段", "第二阶段", "第三阶段"};

    private ChineseMapNames() { }

    /** Name of a plan legend entry. */
    static String plan(PlanLegend.Entry e, MapLanguage language) {
        if (language == MapLanguage.EN || e.action() == null) return language == MapLanguage.ZH ? "无措施" : e.name();
        String noun = ACTION_ZH.get(e.action());
        return e.phase().map(p -> PHASE_ZH[p.number()] + " " + p.shortLabel(e.action()) + " — " + noun)
                .orElse("未排期 — " + noun);
    }

    /** Name of a land-cover class. */
    static String landCover(LandCoverClass c, MapLanguage language) {
        return language == MapLanguage.ZH && !c.nameZh().isEmpty() ? c.nameZh() : c.name();
    }
}
