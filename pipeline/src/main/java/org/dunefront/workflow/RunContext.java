package org.dunefront.workflow;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.dunefront.config.DunefrontConfig;
import org.dunefront.config.IoChoice;

/**
 * Everything a run needs, passed explicitly (no static flags): the resolved configuration, the
 * folder relative input paths are resolved against, the run's output folder, thread count, I/O
 * backend choice, the listener receiving progress and logs, the cancel flag, the software version
 * recorded in manifests and, for sweeps, the cache shared between runs.
 *
 * @param sharedCache content-addressed store of stage outputs shared between runs, or null
 */
public record RunContext(DunefrontConfig config, Path baseDir, Path runDir, int threads, IoChoice io,
                         RunListener listener, Cancellation cancellation, String softwareVersion,
                         SharedStageCache sharedCache) {

    public RunContext {
        Objects.requireNonNull(config);
        Objects.requireNonNull(baseDir);
        Objects.requireNonNull(runDir);
        Objects.requireNonNull(io);
        Objects.requireNonNull(listener);
        Objects.requireNonNull(cancellation);
        Objects.requireNonNull(softwareVersion);
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }

    /** Same context for another output folder and configuration (used by sweeps). */
    public RunContext withRun(DunefrontConfig newConfig, Path newRunDir, RunListener newListener) {
        return new RunContext(newConfig, baseDir, newRunDir, threads, io, newListener, cancellation, softwareVersion, sharedCache);
    }

    public RunContext withThreads(int n) {
        return new RunContext(config, baseDir, runDir, n, io, listener, cancellation, softwareVersion, sharedCache);
    }

    public RunContext withSharedCache(SharedStageCache cache) {
        return new RunContext(config, baseDir, runDir, threads, io, listener, cancellation, softwareVersion, cache);
    }

    /** A path from the configuration, resolved against {@link #baseDir()}. */
    public Path resolve(String configured) {
        return baseDir.resolve(configured).normalize();
    }

    /** The input named {@code key} when {@code configured} is not empty. */
    public Optional<InputFile> input(String key, String configured) {
        if (configured == null || configured.isBlank()) return Optional.empty();
        return Optional.of(new InputFile(key, configured, resolve(configured)));
    }
}
