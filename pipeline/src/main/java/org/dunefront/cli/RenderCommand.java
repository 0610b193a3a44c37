package org.dunefront.cli;

import picocli.CommandLine.Command;

/** {@code dunefront render}: Writes the action-plan map (PNG/PDF), styles, GeoPackage and tables. */
@Command(name = "render", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Writes the action-plan map (PNG/PDF), styles, GeoPackage and tables.",
        footer = {"", "Example:", "  dunefront render --config plan.yaml --set render.previewWidthPx=2400 --from render", "",
                "Exit codes: 0 success, 1 internal error, 2 usage/configuration error, 3 input-data error, 4 cancelled.",
                "See also: dunefront run, dunefront config --template, docs/cli.md"})
final class RenderCommand extends StageCommand {
    @Override
    String target() {
        return "render";
    }
}
