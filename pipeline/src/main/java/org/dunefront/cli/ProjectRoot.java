package org.dunefront.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the Dunefront checkout, whose {@code rasters/} folder holds the bundled sample basin:
 * the {@code dunefront.root} system property, else the first folder upward from the working
 * directory or from the jar that contains {@code rasters/}, else the working directory.
 */
final class ProjectRoot {
    private ProjectRoot() { }

    static Path locate() {
        String prop = System.getProperty("dunefront.root");
        if (prop != null) return Path.of(prop).toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        Path found = upward(cwd);
        if (found != null) return found;
        try {
            Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            found = upward(jar);
            if (found != null) return found;
        } catch (Exception e) {
            // fall through to the working directory
        }
        return cwd;
    }

    private static Path upward(Path start) {
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("rasters"))) return p;
        }
        return null;
    }
}
