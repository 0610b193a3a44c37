package org.dunefront.legend;

/** How a land-cover class takes part in sand transport. */
public enum SurfaceType {
    /** Loose sand available for entrainment (dunes, sparse grassland, saline flats, shrubland). */
    ERODIBLE,
    /** Sand passes over it but none is supplied (rock, gobi gravel). */
    NON_ERODIBLE,
    /** Sand that arrives is captured and leaves the transport system (water, wetland, dense woody cover). */
    SINK,
    /** An asset: sand that arrives is deposited and does damage (farmland, settlement, roads, industry, solar). */
    ASSET_TRAP
}
