package org.dunefront.cli;

import picocli.CommandLine.Command;

/** {@code dunefront plan}: Schedules the ranked patches into phases within each phase's budget, earlier phases locked in. */
@Command(name = "plan", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Schedules the ranked patches into phases within each phase's budget, earlier phases locked in.",
        footer = {"", "Example:", "  dunefront plan --config plan.yaml --set plan.budgetPerPhase=1.5e7,3e7,5e7", "",
                "Exit codes: 0 success, 1 internal error, 2 usage/configuration error, 3 input-data error, 4 cancelled.",
                "See also: dunefront run, dunefront config --template, docs/cli.md"})
final class PlanCommand extends StageCommand {
    @Override
    String target() {
        return "plan";
    }
}
