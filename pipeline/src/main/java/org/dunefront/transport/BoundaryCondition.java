package org.dunefront.transport;

/** What happens at the edge of the modelled grid. */
public enum BoundaryCondition {
    /** The grid wraps around in both directions (closed domain; used for conservation tests). */
    PERIODIC,
    /** Sand leaving the grid is lost and counted as outflow in the mass budget; nothing flows in. */
    OPEN
}
