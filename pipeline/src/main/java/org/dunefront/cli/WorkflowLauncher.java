package org.dunefront.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.dunefront.config.ConfigLoader;
import org.dunefront.config.DunefrontConfig;
import org.dunefront.error.ConfigurationException;
import org.dunefront.workflow.Cancellation;
import org.dunefront.workflow.RunContext;
import org.dunefront.workflow.RunReport;
import org.dunefront.workflow.RunRequest;
import org.dunefront.workflow.Workflow;
import picocli.CommandLine;

/** What every workflow command does: resolve configuration → build the context → run → summarise. */
final class WorkflowLauncher {
    private WorkflowLauncher() { }

    /** The bundled sample basin's configuration, used when no --config is given. */
    static final String SAMPLE_CONFIG = "rasters/sample.yaml";

    /** The configuration file: --config, else the bundled sample's when present, else none (defaults). */
    static Path configFile(CommonOptions o) {
        if (o.config != null) return o.config;
        Path sample = ProjectRoot.locate().resolve(SAMPLE_CONFIG);
        return java.nio.file.Files.isRegularFile(sample) ? sample : null;
    }

    /** Loads the configuration of the common options. */
    static DunefrontConfig config(CommonOptions o) {
        return ConfigLoader.load(configFile(o), o.overrides);
    }

    /** Folder relative input paths are resolved against: the configuration's folder, or the project root. */
    static Path baseDir(CommonOptions o) {
        Path f = configFile(o);
        return f != null ? f.toAbsolutePath().normalize().getParent() : ProjectRoot.locate();
    }

    static int threads(CommonOptions o, DunefrontConfig config) {
        int n = o.threads != null ? o.threads : config.run().threads();
        if (n < 0) throw new ConfigurationException("--threads", n + " is negative", "Use 0 (all processors) or a positive count");
        return n == 0 ? Runtime.getRuntime().availableProcessors() : n;
    }

    static ConsoleReporter reporter(CommandLine cl, CommonOptions o) throws IOException {
        return new ConsoleReporter(cl.getErr(), ConsoleReporter.modeFor(o.quiet, System.console() != null), o.verbose,
                o.logFile, Clock.systemUTC());
    }

    /** Runs {@code request} of the main's workflow with the common options; returns the exit code. */
    static int run(CommandLine cl, Main main, CommonOptions o, RunRequest request) throws IOException {
        long t0 = System.nanoTime();
        DunefrontConfig config = config(o);
        Workflow workflow = main.workflow();
        Cancellation cancellation = new Cancellation();
        try (ConsoleReporter reporter = reporter(cl, o); Interrupts ignored = new Interrupts(cancellation)) {
            RunContext ctx = new RunContext(config, baseDir(o), o.out.resolve(o.runName()), threads(o, config),
                    o.ioChoice(config), main.rasterFiles(o.ioChoice(config), config.output()), reporter, cancellation, VersionProvider.version(), null);
            reporter.debug("configuration resolved; base folder " + ctx.baseDir() + ", " + ctx.threads() + " threads, I/O "
                    + org.dunefront.io.RasterIO.describe(org.dunefront.io.IoBackend.valueOf(ctx.io().name())));
            RunReport report = workflow.run(ctx, request);
            if (!o.quiet) {
                RunSummary.print(cl.getOut(), report, Duration.ofNanos(System.nanoTime() - t0), PeakMemory.describe());
            }
        }
        return 0;
    }
}
