/**
 * Cartographic rendering of the action plan: hillshade, muted land cover, action patches outlined
 * by phase, non-overlapping phase labels, legend, scale bar, north arrow, a wind/sand rose inset,
 * title and credits, composed into a {@link java.awt.image.BufferedImage}.
 *
 * <p>Pure operations: inputs are in-memory blocks and records, outputs are images; writing PNG/PDF
 * files is done in {@code org.dunefront.io.image}. Dependencies: {@code org.dunefront.grid} and the
 * JDK's Java2D. Renderers are stateless and thread-safe; each call creates its own image. The map reads its
 * rasters at display resolution only ({@code DisplaySampler}: strips of whole block rows on up to 4 threads of its
 * own, results independent of them), and its frame is at most 4096 x 4096 px whatever the grid.
 */
package org.dunefront.render;
