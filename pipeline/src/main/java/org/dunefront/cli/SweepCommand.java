package org.dunefront.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dunefront.config.ConfigLoader;
import org.dunefront.config.DunefrontConfig;
import org.dunefront.error.ConfigurationException;
import org.dunefront.sweep.SweepAxis;
import org.dunefront.sweep.SweepDesign;
import org.dunefront.workflow.Cancellation;
import org.dunefront.workflow.RunContext;
import org.dunefront.workflow.sweep.SweepRun;
import org.dunefront.workflow.sweep.SweepRunner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dunefront sweep}: runs the workflow over a grid or Latin hypercube of parameter values. */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs the whole workflow for many parameter values to test how robust the plan is: a full "
                + "grid (--vary) or a Latin hypercube (--samples/--seed/--range), -j runs in parallel. Stages whose "
                + "inputs and parameters are unchanged are shared between runs; rerunning resumes a killed sweep.",
                "Writes DIR/sweep/runs.csv (parameters + key results + Kendall tau-b against the baseline), "
                        + "patch_stability.csv, stability.tif and runs/<id>/."},
        footer = {"", "Examples:",
                "  dunefront sweep --vary drift.thresholdWindKn=10..14:2 --vary rank.minPatchHa=2,5,10 -j 2",
                "  dunefront sweep --samples 16 --seed 7 --range drift.thresholdWindKn=10..14 --range plan.budgetPerPhase[0]=1000..4000", "",
                "Exit codes: 0 success, 1 internal error, 2 usage/configuration error, 3 input-data error, 4 cancelled "
                        + "(rerun the same command to complete only the missing runs).",
                "See also: dunefront run, docs/cli.md"})
final class SweepCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @ParentCommand
    Main main;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--vary", paramLabel = "KEY=VALUES",
            description = "A grid axis: key=v1,v2,v3 or key=a..b:step (repeatable; all combinations run).")
    List<String> vary = new ArrayList<>();

    @Option(names = "--samples", paramLabel = "N", description = "Latin-hypercube sample count (with --range).")
    Integer samples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the Latin hypercube (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--range", paramLabel = "KEY=A..B", description = "A Latin-hypercube dimension (repeatable).")
    List<String> ranges = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        List<Map<String, String>> design = design();
        Path configFile = WorkflowLauncher.configFile(options);
        DunefrontConfig baseConfig = ConfigLoader.load(configFile, options.overrides);
        List<SweepRun> runs = new ArrayList<>();
        runs.add(new SweepRun(SweepRunner.BASELINE, Map.of(), baseConfig));
        String fmt = "r%0" + Math.max(3, String.valueOf(design.size()).length()) + "d";
        for (int i = 0; i < design.size(); i++) {
            List<String> all = new ArrayList<>(options.overrides);
            design.get(i).forEach((k, v) -> all.add(k + "=" + v));
            runs.add(new SweepRun(String.format(Locale.ROOT, fmt, i + 1), design.get(i), ConfigLoader.load(configFile, all)));
        }
        Path sweepDir = options.out.resolve(options.runName == null ? "sweep" : options.runName);
        int parallel = WorkflowLauncher.threads(options, baseConfig);
        Cancellation cancellation = new Cancellation();
        CommandLine cl = spec.commandLine();
        try (ConsoleReporter reporter = WorkflowLauncher.reporter(cl, options); Interrupts ignored = new Interrupts(cancellation)) {
            RunContext ctx = new RunContext(baseConfig, WorkflowLauncher.baseDir(options), sweepDir, 1, options.ioChoice(baseConfig),
                    main.rasterFiles(options.ioChoice(baseConfig), baseConfig.output()), reporter, cancellation, VersionProvider.version(), null);
            SweepRunner runner = new SweepRunner(main.workflow(), ctx, main.actionMaps());
            reporter.info(String.format(Locale.ROOT, "sweep: %d runs (baseline + %d), %d in parallel, into %s",
                    runs.size(), design.size(), parallel, sweepDir));
            SweepRunner.Result r = runner.run(runs, parallel, options.force);
            if (!options.quiet) {
                var out = cl.getOut();
                out.printf(Locale.ROOT, "Sweep finished: %s%n  runs: %d (%d ran, %d already finished)%n", sweepDir, r.runs(), r.ran(), r.resumed());
                for (String f : r.files()) out.println("  wrote " + sweepDir.resolve(f));
                out.printf(Locale.ROOT, "  wall time: %.1f s; memory: %s%n", Duration.ofNanos(System.nanoTime() - t0).toNanos() / 1e9,
                        PeakMemory.describe());
                out.flush();
            }
        }
        return 0;
    }

    private List<Map<String, String>> design() {
        boolean grid = !vary.isEmpty(), lhs = samples != null || !ranges.isEmpty();
        if (grid == lhs) {
            throw new ConfigurationException("sweep", grid ? "--vary cannot be combined with --samples/--range"
                    : "no parameter to vary", "Give --vary key=v1,v2 (grid) or --samples N --range key=a..b (Latin hypercube)");
        }
        try {
            if (grid) {
                List<SweepAxis> axes = new ArrayList<>();
                for (String v : vary) axes.add(SweepAxis.parse(v));
                return SweepDesign.factorial(axes);
            }
            if (samples == null || samples < 1) throw new ConfigurationException("--samples", "a positive sample count is required with --range", "Add e.g. --samples 16");
            if (ranges.isEmpty()) throw new ConfigurationException("--range", "at least one range is required with --samples", "Add e.g. --range drift.thresholdWindKn=10..14");
            List<String[]> parsed = new ArrayList<>();
            for (String r : ranges) parsed.add(SweepAxis.parseRange(r));
            return SweepDesign.latinHypercube(parsed, samples, seed);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(grid ? "--vary" : "--range", e.getMessage(), "See 'dunefront sweep --help'");
        }
    }
}
