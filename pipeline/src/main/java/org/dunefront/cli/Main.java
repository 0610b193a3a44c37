package org.dunefront.cli;

import java.io.PrintWriter;
import java.util.function.Supplier;
import org.dunefront.error.DunefrontException;
import org.dunefront.config.IoChoice;
import org.dunefront.config.OutputConfig;
import org.dunefront.workflow.RasterFiles;
import org.dunefront.workflow.Workflow;
import org.dunefront.workflow.sweep.ActionMaps;
import org.dunefront.workflow.stages.PlanActionMaps;
import org.dunefront.workflow.stages.StandardStages;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code dunefront} command. */
@Command(name = "dunefront",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Raster pipeline for desertification restoration planning: ingest, sand drift, "
                + "dune migration, priority patches and the phased action-plan map.",
        subcommands = {
                CommandLine.HelpCommand.class,
                RunCommand.class,
                IngestCommand.class,
                DriftCommand.class,
                MigrateCommand.class,
                RankCommand.class,
                PlanCommand.class,
                RenderCommand.class,
                SweepCommand.class,
                ConfigCommand.class,
                InfoCommand.class,
                SampleDataCommand.class,
        },
        footer = {"", "Exit codes: 0 success, 1 internal error, 2 usage/configuration error, 3 input-data error, "
                + "4 cancelled (Ctrl-C).", "Start with: dunefront run   (the bundled sample basin)"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Supplier<Workflow> workflows;
    private final ActionMaps actionMaps;

    public Main() {
        this(StandardStages::workflow, new PlanActionMaps(GeoTiffFiles.INSTANCE));
    }

    Main(Supplier<Workflow> workflows, ActionMaps actionMaps) {
        this.workflows = workflows;
        this.actionMaps = actionMaps;
    }

    /** Reader/writer of the plan's action maps for the sweep stability raster. */
    ActionMaps actionMaps() {
        return actionMaps;
    }

    /**
     * The raster reader/writer of the chosen I/O backend (--io / run.io) through {@code io.RasterIO},
     * writing with {@code output}'s encoding (output.deflateLevel).
     */
    RasterFiles rasterFiles(IoChoice io, OutputConfig output) {
        return RasterIoFiles.of(io, output);
    }

    /** The workflow the commands run (the standard stages; tests inject small fake stages). */
    Workflow workflow() {
        return workflows.get();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line with Dunefront's exit-code mapping; tests call {@code execute()} on it. */
    public static CommandLine commandLine() {
        return commandLine(StandardStages::workflow, new PlanActionMaps(GeoTiffFiles.INSTANCE));
    }

    /** Like {@link #commandLine()} over another workflow and action-map reader (tests). */
    static CommandLine commandLine(Supplier<Workflow> workflows, ActionMaps actionMaps) {
        CommandLine cl = new CommandLine(new Main(workflows, actionMaps));
        cl.setUsageHelpWidth(120);
        cl.setExecutionExceptionHandler(Main::handleExecutionException);
        cl.setExitCodeExceptionMapper(Main::exitCodeFor);
        return cl;
    }

    static int exitCodeFor(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof DunefrontException d) return d.exitCode();
            if (c instanceof org.dunefront.grid.CancelledException) return DunefrontException.EXIT_CANCELLED;
            if (c instanceof InterruptedException) return DunefrontException.EXIT_CANCELLED;
            if (c instanceof CommandLine.ParameterException) return DunefrontException.EXIT_USAGE;
        }
        return DunefrontException.EXIT_INTERNAL;
    }

    private static int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult pr) {
        PrintWriter err = cl.getErr();
        int code = exitCodeFor(ex);
        DunefrontException d = null;
        for (Throwable c = ex; c != null; c = c.getCause()) {
            if (c instanceof DunefrontException de) { d = de; break; }
        }
        if (d != null) {
            err.println("error: " + d.getMessage());
        } else if (code == DunefrontException.EXIT_CANCELLED) {
            err.println("cancelled: " + ex.getMessage() + ". No partial outputs were left; rerun to resume "
                    + "(finished stages are skipped).");
        } else {
            err.println("internal error: " + ex);
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
