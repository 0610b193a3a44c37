package org.dunefront.config;

/** Split of a cell's sand outflow among downwind neighbours; names match {@code org.dunefront.ranking.RoutingScheme}. */
public enum RoutingScheme { FACE_SPLIT, D8 }
