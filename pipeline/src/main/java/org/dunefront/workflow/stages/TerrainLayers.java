package org.dunefront.workflow.stages;

/**
 * The tiling of the drift stage's whole-grid terrain passes (the shelter index per sector in
 * {@link SectorShelter}); slope and aspect stream from the DEM file in {@link SlopeAspectRasters}.
 */
final class TerrainLayers {
    /** Tile side of the shelter passes, cells (no effect on results). */
    static final int TILE = 256;

    private TerrainLayers() { }
}
