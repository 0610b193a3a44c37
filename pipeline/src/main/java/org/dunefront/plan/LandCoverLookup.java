package org.dunefront.plan;

/**
 * Maps land-cover class codes to {@link LandCoverTraits}; supplied by the legend (another package).
 * Must return {@link LandCoverTraits#NONE} for unknown or nodata codes, never null.
 */
@FunctionalInterface
public interface LandCoverLookup {
    LandCoverTraits traits(int classCode);
}
