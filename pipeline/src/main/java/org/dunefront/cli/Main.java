package org.dunefront.cli;

import java.io.PrintWriter;
import org.dunefront.error.DunefrontException;
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
                InfoCommand.class,
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line with Dunefront's exit-code mapping; tests call {@code execute()} on it. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(Main::handleExecutionException);
        cl.setExitCodeExceptionMapper(Main::exitCodeFor);
        return cl;
    }

    static int exitCodeFor(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof DunefrontException d) return d.exitCode();
            if (c instanceof org.dunefront.grid.CancelledException) return DunefrontException.EXIT_CANCELLED;
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
            err.println("cancelled: " + ex.getMessage());
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
