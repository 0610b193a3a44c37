/**
 * Running parameter sweeps over the workflow: runs in {@code sweep/runs/<id>/} in parallel, stage
 * outputs shared by content hash, resumable, and the sweep tables ({@code runs.csv},
 * {@code patch_stability.csv}, stability raster) computed with {@code org.dunefront.sweep}.
 *
 * <p>Dependencies: workflow, config, sweep, error. Never depends on {@code cli}. A
 * {@code SweepRunner} runs one sweep at a time.
 */
package org.dunefront.workflow.sweep;
