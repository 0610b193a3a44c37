package org.dunefront.config;

/** Sand-flux law (science.md §3); the report states which one was used. */
public enum TransportLaw { BAGNOLD, KAWAMURA, LETTAU, DURAN_KOK }
