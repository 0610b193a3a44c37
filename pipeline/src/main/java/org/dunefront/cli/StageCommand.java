package org.dunefront.cli;

import java.util.concurrent.Callable;
import org.dunefront.workflow.RunRequest;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Base of the commands that run the workflow up to a stage ({@code run}, {@code ingest}, ...):
 * out-of-date upstream stages run first, up-to-date ones are skipped.
 */
abstract class StageCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @ParentCommand
    Main main;

    @Spec
    CommandLine.Model.CommandSpec spec;

    /** The last stage to run; null = all. */
    abstract String target();

    @Override
    public Integer call() throws Exception {
        return WorkflowLauncher.run(spec.commandLine(), main, options,
                new RunRequest(target(), options.force, options.from));
    }
}
