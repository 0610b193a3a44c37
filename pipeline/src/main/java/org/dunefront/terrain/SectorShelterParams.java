package org.dunefront.terrain;

import java.util.Objects;

/**
 * Parameters of the shelter index per wind sector at one distance scale.
 *
 * @param scale       the Winstral search (d_max, fan, sample step) used for every sector
 * @param sectors     number of wind sectors S; 4, 8 or 16. Sector k collects winds blowing FROM
 *                    k·360/S ± 180/S degrees and is searched along the ray toward k·360/S
 * @param blockCells  block size B (cells) of the block-averaged DEM the index is computed on; 1 = the
 *                    DEM itself. With B &gt; 1 the DEM is averaged over B×B blocks aligned to the grid
 *                    origin, Sx is computed on that coarse grid (cell B·Δx, samples every coarse cell
 *                    unless {@code scale.sampleStepM()} says otherwise) and every fine cell takes the value
 *                    of its block. Meant for the regional (mountain-blocking) scale only; range 1–64
 */
public record SectorShelterParams(ShelterIndexParams scale, int sectors, int blockCells) {

    public SectorShelterParams {
        Objects.requireNonNull(scale, "scale");
        if (sectors != 4 && sectors != 8 && sectors != 16) {
            throw new IllegalArgumentException("sectors must be 4, 8 or 16, got " + sectors);
        }
        if (blockCells < 1 || blockCells > 64) {
            throw new IllegalArgumentException("blockCells must be in [1, 64], got " + blockCells);
        }
    }

    /** Azimuth (degrees clockwise from north) the wind of sector {@code k} blows FROM: k·360/S. */
    public double fromDeg(int k) {
        return k * 360.0 / sectors;
    }

    /**
     * Halo (fine cells) a tile needs: the scale's halo on the DEM itself, or, on the block-averaged DEM,
     * (coarse halo + 1)·B — the +1 block covers a tile edge that does not fall on a block edge.
     */
    public int haloCells(double cellSizeXM, double cellSizeYM) {
        if (blockCells == 1) return scale.haloCells(cellSizeXM, cellSizeYM);
        return (scale.haloCells(cellSizeXM * blockCells, cellSizeYM * blockCells) + 1) * blockCells;
    }
}
