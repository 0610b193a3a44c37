package org.dunefront.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dunefront.config.ConfigLoader;
import org.dunefront.config.ConfigYaml;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dunefront config}: prints the commented template, or checks and prints a resolved configuration. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Prints the configuration template (every parameter with its description, unit, default and "
                + "valid range), or validates a configuration and prints it resolved.",
        footer = {"", "Example:", "  dunefront config --template > plan.yaml        # start a configuration",
                "  dunefront config --show --config plan.yaml --set drift.thresholdWindKn=11.66", "",
                "Exit codes: 0 success, 2 invalid configuration (the message names the key and the allowed range).",
                "See also: dunefront run, docs/cli.md"})
final class ConfigCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    static final class What {
        @Option(names = "--template", required = true, description = "Print the fully commented template.")
        boolean template;

        @Option(names = "--show", required = true, description = "Validate --config/--set and print the resolved configuration.")
        boolean show;
    }

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration to validate (with --show).")
    Path config;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override one parameter (repeatable, with --show).")
    List<String> overrides = new ArrayList<>();

    @Override
    public Integer call() {
        String text = what.template ? ConfigYaml.template() : ConfigYaml.write(ConfigLoader.load(config, overrides));
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
