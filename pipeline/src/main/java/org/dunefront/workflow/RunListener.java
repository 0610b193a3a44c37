package org.dunefront.workflow;

import java.time.Duration;

/**
 * Receives what the workflow does, for progress display and logs (implemented by the CLI).
 * Must be thread-safe: stages report progress from worker threads and sweeps run workflows in
 * parallel.
 */
public interface RunListener {
    RunListener NONE = new RunListener() { };

    default void stageStarted(String stage) { }

    /** @param fraction completed fraction of the stage in [0, 1] */
    default void progress(String stage, double fraction, String message) { }

    /** The stage was not run; {@code reason} says why ("up to date", "reused from the sweep cache"). */
    default void stageSkipped(String stage, String reason, StageResult result) { }

    default void stageFinished(String stage, StageResult result, Duration elapsed) { }

    default void info(String message) { }

    default void debug(String message) { }

    default void warn(String message) { }
}
