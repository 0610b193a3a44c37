/**
 * Scoring and ranking of priority patches: AHP weights (Saaty) or direct weights, min–max criterion
 * normalisation (benefit/cost), weighted linear combination and ranking within each action and
 * overall; downwind routing of the annual sand-flux field to the assets it would reach (protective
 * value of a patch); exact Euclidean distance transform for feasibility criteria, whole-grid or
 * streamed strip by strip with bit-identical distances.
 *
 * <p>Entry points: {@link org.dunefront.ranking.Ahp}, {@link org.dunefront.ranking.CriterionWeights},
 * {@link org.dunefront.ranking.PatchRanker}, {@link org.dunefront.ranking.DownwindRouting},
 * {@link org.dunefront.ranking.PatchInterception}, {@link org.dunefront.ranking.DistanceTransform},
 * {@link org.dunefront.ranking.DistanceStrips} (the same field one strip of rows at a time),
 * {@link org.dunefront.ranking.ReachStore} (where the routing keeps its reach values: in memory, or a
 * caller's store such as the rank stage's scratch file).
 * All operations are pure (arrays and records in and out; no files, no console).
 *
 * <p>Dependencies: {@code org.dunefront.grid}, {@code org.dunefront.patch}, {@code org.dunefront.error},
 * Apache Commons Math. Never {@code io}, {@code cli} or {@code plan} (the plan builds on this package).
 *
 * <p>Thread-safety: operation classes are stateless; records are immutable (array components are
 * copied in and out); {@link org.dunefront.ranking.RoutingResult} is immutable once built (one routed with a store that is
 * not thread-safe, or reading its flux in strips, is for one thread at a time); a
 * {@link org.dunefront.ranking.DistanceStrips} is a single-consumer iterator (not thread-safe).
 */
package org.dunefront.ranking;
