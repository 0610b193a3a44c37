package org.dunefront.config;

/** Bed of the reference surface (Ho et al. 2011); names match {@code org.dunefront.wind.BedType}. */
public enum BedType { ERODIBLE_SAND, NON_ERODIBLE }
