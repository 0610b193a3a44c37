package org.dunefront.cli;

import picocli.CommandLine.Command;

/** {@code dunefront rank}: Delineates candidate patches per action and ranks them (AHP weights). */
@Command(name = "rank", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Delineates candidate patches per action and ranks them (AHP weights).",
        footer = {"", "Example:", "  dunefront rank --config plan.yaml --set rank.minPatchHa=10 --set rank.diagonalConnectivity=true", "",
                "Exit codes: 0 success, 1 internal error, 2 usage/configuration error, 3 input-data error, 4 cancelled.",
                "See also: dunefront run, dunefront config --template, docs/cli.md"})
final class RankCommand extends StageCommand {
    @Override
    String target() {
        return "rank";
    }
}
