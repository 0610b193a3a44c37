/**
 * Writes rendered maps to PNG (JDK ImageIO) and PDF (Apache PDFBox), each to a temporary name in
 * the target directory and moved into place, with no timestamps inside so that identical images
 * give byte-identical files.
 *
 * <p>Dependencies: the JDK, PDFBox, {@code org.dunefront.error}. Stateless and thread-safe.
 */
package org.dunefront.io.image;
