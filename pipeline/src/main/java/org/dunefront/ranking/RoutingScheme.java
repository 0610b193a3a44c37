package org.dunefront.ranking;

/** How a cell's outgoing sand is split among its downwind neighbours. */
public enum RoutingScheme {
    /**
     * Donor-cell (upwind finite-volume) split: the east–west share |qE|·Δy goes to the east or west
     * neighbour, the north–south share |qN|·Δx to the north or south neighbour (1–2 receivers, like
     * D-infinity's two-neighbour split, and identical to the face fluxes of the transport model's
     * donor-cell scheme, science.md §6).
     */
    FACE_SPLIT,
    /** D8 (O'Callaghan &amp; Mark 1984): all sand goes to the one of 8 neighbours closest in direction to the flux vector. */
    D8
}
