package org.dunefront.plan;

/** Properties of a land-cover class that the candidate rules use (set per class by the legend). */
public enum LandCoverFlag {
    /** Loose erodible sand or soil (mobile dunes, bare sandy land). */
    ERODIBLE,
    /** Degraded land (human-induced desertification, abandoned farmland, degraded grassland). */
    DEGRADED,
    /** Part of the natural sand sea (desert core) that the plan protects rather than greens. */
    SAND_SEA,
    /** Saline-alkali land. */
    SALINE,
    /** Shelterbelt (monoculture windbreak forest). */
    SHELTERBELT,
    /** Plantation forest on former desert or arid land (monoculture). */
    PLANTATION_FOREST,
    /** Farmland (an asset). */
    FARMLAND,
    /** Settlement / built-up (an asset; never planted). */
    SETTLEMENT,
    /** Open water, lakes and reservoirs. */
    WATER,
    /** Wetland. */
    WETLAND,
    /** Mountain land (hill and mountain slopes). */
    MOUNTAIN,
    /** Road. */
    ROAD
}
