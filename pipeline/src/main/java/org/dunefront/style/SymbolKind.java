package org.dunefront.style;

/** Geometry kind a vector style draws. */
public enum SymbolKind { POINT, LINE, POLYGON }
