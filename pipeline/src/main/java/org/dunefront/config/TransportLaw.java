package org.dunefront.config;

/** Sand-flux law (science.md §3); names match {@code org.dunefront.wind.TransportLaw}. */
public enum TransportLaw { BAGNOLD, KAWAMURA, LETTAU, DURAN_KOK }
