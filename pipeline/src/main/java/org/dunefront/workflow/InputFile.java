package org.dunefront.workflow;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An external input of a stage.
 *
 * @param name       the configuration key it comes from ("study.dem")
 * @param configured the path as written in the configuration (recorded in the manifest, so
 *                   manifests do not depend on where the project is checked out)
 * @param path       the resolved path that is read and hashed
 */
public record InputFile(String name, String configured, Path path) {
    public InputFile {
        Objects.requireNonNull(name);
        Objects.requireNonNull(configured);
        Objects.requireNonNull(path);
    }
}
