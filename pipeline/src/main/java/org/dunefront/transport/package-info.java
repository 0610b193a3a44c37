/**
 * Sand transport and desert-front migration: vegetation and roughness reduction of shear velocity,
 * surface classes, capacity flux per cell, and the mass-conserving donor-cell (upwind) finite-volume
 * model ρb ∂h/∂t = −∇·q with its outputs (thickness, net change, first arrival, asset exposure,
 * front advance, dune celerity, summary and mass budget).
 *
 * <p>Entry points: {@link org.dunefront.transport.SandTransportOp#run} (the {@code migrate} stage),
 * {@link org.dunefront.transport.CapacityFluxOp} (capacity flux alone; lee zones per wind sector from a
 * {@link org.dunefront.transport.ShelterMask}),
 * {@link org.dunefront.transport.DesertFront} (front measures) and
 * {@link org.dunefront.transport.BlockAggregator} (study-grid layers onto a coarser model grid and back).
 * The forcing is a {@link org.dunefront.transport.FluxSeries} served one period at a time, so a run holds
 * two forcing layers whatever the number of periods.
 *
 * <p>Dependencies: the JDK, {@code org.dunefront.grid} and {@code org.dunefront.wind}; no I/O, no CLI.
 * Operations are stateless; a run may use several threads internally but its results are identical
 * for any thread count and task size (every cell's update is a pure function of the previous state,
 * and sums are reduced per row in row order).
 */
package org.dunefront.transport;
