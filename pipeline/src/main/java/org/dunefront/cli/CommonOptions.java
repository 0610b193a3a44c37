package org.dunefront.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by every command that runs the workflow (a picocli mixin). */
final class CommonOptions {
    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
            description = "Output folder; each run writes into DIR/<run>/ (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration YAML (see 'dunefront config --template'); default: the bundled sample basin.")
    Path config;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override one parameter, e.g. --set drift.thresholdWindKn=11.66 (repeatable).")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--run", paramLabel = "NAME",
            description = "Run name (folder under --out); default: the configuration file name, or 'sample'.")
    String runName;

    @Option(names = "--force", description = "Rerun every selected stage even when up to date.")
    boolean force;

    @Option(names = "--from", paramLabel = "STAGE",
            description = "Rerun from this stage on (ingest, drift, migrate, rank, plan, render).")
    String from;

    @Option(names = {"-j", "--threads"}, paramLabel = "N",
            description = "Worker threads (default: run.threads of the configuration; 0 = all processors). "
                    + "Results do not depend on it.")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print debug messages too.")
    boolean verbose;

    @Option(names = "--log-file", paramLabel = "FILE", description = "Also append every message, with timestamps, to FILE.")
    Path logFile;

    /** Run folder name. */
    String runName() {
        if (runName != null) return runName;
        if (config == null) return "sample";
        String n = config.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
