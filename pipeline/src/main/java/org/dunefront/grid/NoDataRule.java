package org.dunefront.grid;

/**
 * How an operation treats nodata in its inputs. Every operation documents which rule it uses.
 */
public enum NoDataRule {
    /** Any nodata input makes the output cell nodata (the default for local map algebra). */
    PROPAGATE,
    /** Nodata inputs are skipped (focal/zonal statistics over the valid cells; nodata only if none is valid). */
    IGNORE,
    /** Nodata inputs are replaced by a documented constant before computing. */
    REPLACE
}
