/**
 * Parameter sweeps, pure part: designs (full factorial grids, Latin hypercube samples) and the
 * robustness statistics of a plan across runs (per-patch selection frequency, mean and spread of
 * rank, phase agreement, per-cell stability fractions, Kendall's τ-b between rankings). Running
 * the sweep lives in {@code org.dunefront.workflow.sweep}.
 *
 * <p>Dependencies: the JDK only; no I/O. Value types are immutable; {@link
 * org.dunefront.sweep.CellStability} is a mutable accumulator for one thread.
 */
package org.dunefront.sweep;
