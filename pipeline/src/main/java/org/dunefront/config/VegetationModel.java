package org.dunefront.config;

/** How vegetation cover reduces transport (science.md §4). */
public enum VegetationModel { NONE, AEOLIS, RAUPACH }
