package org.dunefront.config;

/**
 * Language of the rendered map's text: EN (default) or ZH (simplified Chinese: land-cover names from the legend's
 * {@code name_zh}, phase and action names, legend headings, sand-rose, north and scale-bar texts, credits and the
 * default title in Chinese; needs a CJK font, see {@code render.fontFamily}).
 */
public enum MapLanguage { EN, ZH }
