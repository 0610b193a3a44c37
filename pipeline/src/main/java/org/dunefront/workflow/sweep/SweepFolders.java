package org.dunefront.workflow.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dunefront.workflow.Workflow;

/** Folder helpers of sweeps. */
public final class SweepFolders {
    private SweepFolders() { }

    /** Marks a run as unfinished (deletes its run manifest) so that {@code --force} reruns it. */
    public static void forget(Path runDir) throws IOException {
        Files.deleteIfExists(runDir.resolve(Workflow.RUN_MANIFEST));
    }
}
