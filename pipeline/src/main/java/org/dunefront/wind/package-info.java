/**
 * Wind regime science: unit conversions (m/s ↔ knots), wind-direction conventions, Fryberger &amp;
 * Dean (1979) drift potential (DP, RDP, RDD, RDP/DP and their classes), Bagnold threshold shear
 * velocity, the law of the wall, sand-flux laws ({@link org.dunefront.wind.TransportLaw}) and the
 * per-cell wind-regime and downscaling operations on raster blocks.
 *
 * <p>Conventions: u is the eastward and v the northward wind component at 10 m in m/s; directions
 * are azimuths in degrees clockwise from north; "from" directions are meteorological, drift and flux
 * directions (RDD, qx/qy) are the directions sand moves <em>toward</em>. Flux vectors: qx eastward,
 * qy northward (not along the row axis).
 *
 * <p>Dependencies: the JDK and {@code org.dunefront.grid} only; no I/O, no CLI. All classes are
 * immutable or stateless and thread-safe; operations are pure functions of their inputs.
 */
package org.dunefront.wind;
