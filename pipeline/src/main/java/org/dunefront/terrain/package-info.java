/**
 * Terrain operations for sand transport: the Winstral et al. (2002) upwind shelter index Sx for one
 * azimuth ({@code ShelterIndexOp}) or for every wind sector at one distance scale, optionally on a
 * block-averaged DEM ({@code SectorShelterOp}), and Horn (1981) slope and aspect. Every operation is a tile op: it reads a DEM block that is larger than
 * its output window by a declared halo ({@code haloCells}) and writes only the output window, so
 * any tiling of a grid gives bit-identical results (halo cells outside the grid are nodata).
 *
 * <p>Dependencies: the JDK and {@code org.dunefront.grid} only; no I/O, no CLI. Operations are
 * stateless and thread-safe; each call allocates its own output block.
 */
package org.dunefront.terrain;
