/**
 * Cartographic rendering of the action plan: hillshade, muted land cover, action patches outlined
 * by phase, non-overlapping phase labels, legend, scale bar, north arrow, a wind/sand rose inset,
 * title and credits, composed into a {@link java.awt.image.BufferedImage}.
 *
 * <p>Pure operations: inputs are in-memory blocks and records, outputs are images; writing PNG/PDF
 * files is done in {@code org.dunefront.io.image}. Dependencies: {@code org.dunefront.grid} and the
 * JDK's Java2D. Renderers are stateless and thread-safe; each call creates its own image.
 */
package org.dunefront.render;
