package org.dunefront.transport;

/**
 * How a land-cover class behaves for sand transport. The caller maps its legend codes to these
 * (a lookup from byte code to class); this package never parses legends.
 */
public enum SurfaceClass {
    /** Mobile dunes and sand sheets: erodible sand bed; starts with the initial sand thickness; dune celerity is reported here. */
    MOBILE_SAND,
    /** Erodible soil or sandy land without an initial loose-sand store (e.g. farmland, steppe): sand bed. */
    ERODIBLE,
    /** Gobi, gravel, rock, crusts: sand passes over a rigid bed (Ho et al. 2011 u*³ behaviour). */
    NON_ERODIBLE,
    /** Water, wetland, dense forest: arriving sand is removed from the system (counted as sunk). */
    SINK,
    /** Settlements, roads: arriving sand deposits and stays (capacity 0); it is damage. */
    ASSET_TRAP;

    boolean capturesAllSand() {
        return this == SINK || this == ASSET_TRAP;
    }
}
