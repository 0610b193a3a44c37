package org.dunefront.cli;

import picocli.CommandLine.Command;

/** {@code dunefront run}: Runs every stage (ingest, drift, migrate, rank, plan, render); up-to-date stages are skipped. Without --config it runs the bundled sample basin in rasters/. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Runs every stage (ingest, drift, migrate, rank, plan, render); up-to-date stages are skipped. Without --config it runs the bundled sample basin in rasters/.",
        footer = {"", "Example:", "  dunefront run --out out -j 2                       # sample basin into out/sample/", "  dunefront run --config plan.yaml --set plan.budgetPerPhase=1e7,2e7,4e7", "",
                "Exit codes: 0 success, 1 internal error, 2 usage/configuration error, 3 input-data error, 4 cancelled.",
                "See also: dunefront run, dunefront config --template, docs/cli.md"})
final class RunCommand extends StageCommand {
    @Override
    String target() {
        return null;
    }
}
