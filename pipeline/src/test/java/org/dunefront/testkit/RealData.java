package org.dunefront.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates {@code ../shared/realdata}. In CI ({@code CI=true}) a missing folder fails the test;
 * elsewhere the test is skipped with a printed reason.
 */
public final class RealData {
    private RealData() { }

    public static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    private static String msg(Path p) {
        return "real-data folder not found at " + p + " (expected ../shared/realdata beside the checkout)";
    }

    /** The realdata folder, or a failed/skipped test when it is missing. */
    public static Path root() {
        String prop = System.getProperty("dunefront.realdata");
        Path p = prop != null ? Path.of(prop) : Path.of("../shared/realdata");
        p = p.toAbsolutePath().normalize();
        if (!Files.isDirectory(p)) {
            String msg = "real-data folder not found at " + p + " (expected ../shared/realdata beside the checkout)";
            if (inCi()) fail(msg);
            System.out.println("SKIP: " + msg);
        }
        Assumptions.assumeTrue(Files.isDirectory(p), msg(p));
        return p;
    }

    /** A file under the realdata folder; fails (CI) or skips when missing. */
    public static Path file(String relative) {
        Path f = root().resolve(relative);
        if (!Files.isRegularFile(f)) {
            String msg = "real-data file missing: " + f;
            if (inCi()) fail(msg);
            System.out.println("SKIP: " + msg);
        }
        Assumptions.assumeTrue(Files.isRegularFile(f), "real-data file missing: " + f);
        return f;
    }
}
