package org.dunefront.cli;

import picocli.CommandLine.Command;

/** {@code dunefront ingest}: Aligns every input (land cover, DEM, wind, rivers, AOI, plantations, asset vectors) on the study grid. */
@Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Aligns every input (land cover, DEM, wind, rivers, AOI, plantations, asset vectors) on the study grid.",
        footer = {"", "Example:", "  dunefront ingest --config plan.yaml --set study.cellSizeM=250 --out out", "",
                "Exit codes: 0 success, 1 internal error, 2 usage/configuration error, 3 input-data error, 4 cancelled.",
                "See also: dunefront run, dunefront config --template, docs/cli.md"})
final class IngestCommand extends StageCommand {
    @Override
    String target() {
        return "ingest";
    }
}
