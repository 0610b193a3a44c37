package org.dunefront.config;

/** How vegetation cover reduces transport (science.md §4); names match {@code org.dunefront.transport.VegetationModel}. */
public enum VegetationModel { AEOLIS, RAUPACH_1993 }
