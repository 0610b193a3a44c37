package org.dunefront.workflow.stages;

import java.util.List;
import java.util.Map;
import org.dunefront.config.MapLanguage;
import org.dunefront.legend.LandCoverClass;
import org.dunefront.plan.PlanLegend;
import org.dunefront.plan.RestorationAction;
import org.dunefront.render.MapTexts;

/**
 * Texts of the rendered map in the configured {@link MapLanguage}: legend names (English from {@link PlanLegend}
 * and the legend's {@code name}, or simplified Chinese: "第一阶段 1a — 耐盐灌木", the legend's {@code name_zh},
 * English when a class has none), the fixed headings, north letter and scale units ({@link MapTexts}), the
 * credits, and the title when it is the configuration's default.
 */
final class ChineseMapNames {
    private static final Map<RestorationAction, String> ACTION_ZH = Map.of(
            RestorationAction.SHRUB_SAND_FIXATION, "固沙灌木",
            RestorationAction.SHRUB_SALINE, "耐盐灌木",
            RestorationAction.MOUNTAIN_BARRIER, "山地屏障",
            RestorationAction.MIXED_PLANTING, "防护林混交种植",
            RestorationAction.DE_CHANNELIZATION, "季节性河道去渠化");
    private static final String[] PHASE_ZH = {"", "第一阶段", "第二阶段", "第三阶段"};
    /** The fixed texts of the Chinese map (km: 千米, the unit name of GB 3100/3102 used on Chinese maps). */
    static final MapTexts TEXTS_ZH = new MapTexts("修复措施与阶段", "阶段边界", List.of(PHASE_ZH[1], PHASE_ZH[2], PHASE_ZH[3]),
            "土地覆被（淡化显示）", "输沙玫瑰图（输沙势，VU）", "输沙势 %.0f VU  合成输沙方向 %.0f°", "北", "米", "千米");
    /** {@link RenderStage#CREDITS} in Chinese. */
    static final String CREDITS_ZH = "标注：各已排期斑块的阶段与优先序号（如 1a #3）。底图：研究区数字高程模型的山体阴影"
            + "（Horn 1981），其上为淡化的土地覆被。输沙玫瑰图：各风向的输沙势（Fryberger & Dean 1979），箭头为合成输沙方向。"
            + "Dunefront；阶段划分依据石羊河流域区域规划。示例流域数据为合成数据。";
    /** The default {@code render.title} (config) and its Chinese form, used when the title was left at the default. */
    static final String DEFAULT_TITLE_EN = "Shiyang River Basin - phased restoration plan";
    static final String DEFAULT_TITLE_ZH = "石羊河流域 — 分阶段修复规划";

    private ChineseMapNames() { }

    /** Name of a plan legend entry. */
    static String plan(PlanLegend.Entry e, MapLanguage language) {
        if (language == MapLanguage.EN || e.action() == null) return language == MapLanguage.ZH ? "无措施" : e.name();
        String noun = ACTION_ZH.get(e.action());
        return e.phase().map(p -> PHASE_ZH[p.number()] + " " + p.shortLabel(e.action()) + " — " + noun)
                .orElse("未排期 — " + noun);
    }

    /** The map's fixed texts. */
    static MapTexts texts(MapLanguage language) {
        return language == MapLanguage.ZH ? TEXTS_ZH : MapTexts.ENGLISH;
    }

    /** The credits under the legend. */
    static String credits(MapLanguage language) {
        return language == MapLanguage.ZH ? CREDITS_ZH : RenderStage.CREDITS;
    }

    /** {@code configured} (render.title), or its Chinese form when it is the default title and the language is ZH. */
    static String title(String configured, MapLanguage language) {
        return language == MapLanguage.ZH && DEFAULT_TITLE_EN.equals(configured) ? DEFAULT_TITLE_ZH : configured;
    }

    /** Name of a land-cover class. */
    static String landCover(LandCoverClass c, MapLanguage language) {
        return language == MapLanguage.ZH && !c.nameZh().isEmpty() ? c.nameZh() : c.name();
    }
}
