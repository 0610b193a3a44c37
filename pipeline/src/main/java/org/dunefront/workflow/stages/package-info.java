/**
 * The standard stages binding the algorithm and I/O packages into the workflow, one class per
 * stage (ingest, drift, migrate, rank, plan, render). A stage whose packages have not landed
 * extends {@code PendingStage} and reports "not available yet in this build".
 *
 * <p>Dependencies: workflow, config and every algorithm and I/O package (this is the glue layer).
 * Stages are stateless and thread-safe.
 */
package org.dunefront.workflow.stages;
