/**
 * The phased restoration plan (issue 6, science.md §9): restoration actions and phases, candidate
 * rules per action over aligned input blocks, patch criteria, phase assignment with incremental
 * budgets, the action × phase codes and palette of the action-plan raster, and the phase × action
 * summary.
 *
 * <p>Entry points for the workflow: {@link org.dunefront.plan.RestorationPlanner#rank} (the
 * {@code rank} stage, whole-grid layers kept in the outcome), {@link org.dunefront.plan.RestorationPlanner#rankInStrips}
 * (the same patches with distance and input layers in strips and the reach in a caller's
 * {@code ranking.ReachStore}: what the stage runs; input layers are {@link org.dunefront.plan.FloatLayer}s,
 * whole-grid or read row strip by row strip through a caller's reader, so no file is seen here) and
 * {@link org.dunefront.plan.RestorationPlanner#plan} (the {@code plan} stage);
 * the individual steps ({@link org.dunefront.plan.CandidateRules}, {@link org.dunefront.plan.PatchCriteria},
 * {@link org.dunefront.plan.PhaseScheduler}, {@link org.dunefront.plan.PlanLegend},
 * {@link org.dunefront.plan.PlanSummary}) are public for tests and reuse. Pure operations: no files,
 * no console; land-cover semantics come from a caller-supplied {@link org.dunefront.plan.LandCoverLookup}.
 *
 * <p>Dependencies: {@code org.dunefront.grid}, {@code org.dunefront.patch}, {@code org.dunefront.ranking},
 * {@code org.dunefront.error}. Never {@code io} or {@code cli}.
 *
 * <p>Thread-safety: operations are stateless; records are immutable (arrays are copied on access unless
 * documented otherwise). A strip-read {@link org.dunefront.plan.FloatLayer} is loaded from one thread
 * and read by many between loads. {@code rankInStrips} runs the downwind routing on a thread of its own
 * beside the candidate rules (the caller's routing flux and reach store are used by that thread only,
 * the strip layers by the calling thread) and waits for it before returning or failing.
 */
package org.dunefront.plan;
