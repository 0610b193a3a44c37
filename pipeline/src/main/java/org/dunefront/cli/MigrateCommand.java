package org.dunefront.cli;

import picocli.CommandLine.Command;

/** {@code dunefront migrate}: Simulates mass-conserving sand transport over the horizon: front advance and first arrival at assets. */
@Command(name = "migrate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Simulates mass-conserving sand transport over the horizon: front advance and first arrival at assets.",
        footer = {"", "Example:", "  dunefront migrate --config plan.yaml --set migrate.horizonYears=30 --set migrate.timeStep=SEASONAL", "",
                "Exit codes: 0 success, 1 internal error, 2 usage/configuration error, 3 input-data error, 4 cancelled.",
                "See also: dunefront run, dunefront config --template, docs/cli.md"})
final class MigrateCommand extends StageCommand {
    @Override
    String target() {
        return "migrate";
    }
}
