package org.dunefront.cli;

import picocli.CommandLine.Command;

/** {@code dunefront drift}: Computes drift potential, resultant drift direction and potential sand flux (runs ingest first if needed). */
@Command(name = "drift", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Computes drift potential, resultant drift direction and potential sand flux (runs ingest first if needed).",
        footer = {"", "Example:", "  dunefront drift --config plan.yaml --set drift.thresholdWindKn=11.66 --set drift.transportLaw=KAWAMURA", "",
                "Exit codes: 0 success, 1 internal error, 2 usage/configuration error, 3 input-data error, 4 cancelled.",
                "See also: dunefront run, dunefront config --template, docs/cli.md"})
final class DriftCommand extends StageCommand {
    @Override
    String target() {
        return "drift";
    }
}
