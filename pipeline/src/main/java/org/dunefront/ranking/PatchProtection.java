package org.dunefront.ranking;

/**
 * Sand a patch keeps from assets.
 *
 * @param patchId                 patch id
 * @param sandInterceptedM3PerYr  sand (m³/yr) leaving the patch that would otherwise reach assets (no discount)
 * @param protectiveValue         the same weighted by asset value and travel factor (value-weighted m³/yr);
 *                                the "assets protected" measure and the protective-value criterion
 */
public record PatchProtection(int patchId, double sandInterceptedM3PerYr, double protectiveValue) {}
