/**
 * The staged workflow (ingest → drift → migrate → rank → plan → render): each
 * {@link org.dunefront.workflow.Stage} declares its inputs, upstream stages and parameters; the
 * {@link org.dunefront.workflow.Workflow} hashes them into a cache key, writes a deterministic
 * {@code manifest.json} per stage (SHA-256 of inputs and outputs, parameters, software version,
 * key numbers; no timestamps), skips up-to-date stages, moves outputs into place only on success,
 * and writes {@code checksums.sha256} for the run. Timings go to {@code timings.log}, never into
 * compared files. {@link org.dunefront.workflow.SharedStageCache} shares stage outputs between the
 * runs of a sweep by content hash.
 *
 * <p>Dependencies: config, error, grid, Jackson; concrete stages (subpackage {@code stages}) may
 * use every algorithm and I/O package. Never depends on {@code cli}. Thread-safety: a
 * {@code Workflow} is immutable; {@code RunListener}s must be thread-safe.
 */
package org.dunefront.workflow;
