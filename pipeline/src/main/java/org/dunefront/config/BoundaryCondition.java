package org.dunefront.config;

/** Grid-edge behaviour of the transport model; names match {@code org.dunefront.transport.BoundaryCondition}. */
public enum BoundaryCondition { OPEN, PERIODIC }
