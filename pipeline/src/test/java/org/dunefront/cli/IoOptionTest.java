package org.dunefront.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.dunefront.io.IoBackend;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The reusable {@code --io} option as a command sees it. */
class IoOptionTest {

    @Command(name = "probe")
    static final class Probe implements Callable<Integer> {
        @Mixin
        IoOption io;
        IoBackend seen;

        @Override
        public Integer call() {
            seen = io.backend();
            return 0;
        }
    }

    private static Probe run(int expectedExit, StringWriter err, String... args) {
        Probe p = new Probe();
        CommandLine cl = new CommandLine(p);
        cl.setErr(new PrintWriter(err));
        assertEquals(expectedExit, cl.execute(args));
        return p;
    }

    @Test
    void defaultsToAutoAndAcceptsAnyCase() {
        assertEquals(IoBackend.AUTO, run(0, new StringWriter()).seen);
        assertEquals(IoBackend.GDAL, run(0, new StringWriter(), "--io", "GDAL").seen);
        assertEquals(IoBackend.JAVA, run(0, new StringWriter(), "--io=java").seen);
    }

    @Test
    void rejectsUnknownBackendsWithTheChoices() {
        StringWriter err = new StringWriter();
        run(2, err, "--io", "rasterio");
        assertTrue(err.toString().contains("expected auto, java or gdal"), err.toString());
    }

    @Test
    void helpListsTheChoicesAndTheSetupScript() {
        String usage = new CommandLine(new Probe()).getUsageMessage();
        assertTrue(usage.contains("--io=auto|java|gdal"), usage);
        assertTrue(usage.contains("scripts/setup-gdal.sh"), usage);
        assertTrue(usage.contains("Default: auto"), usage);
    }
}
