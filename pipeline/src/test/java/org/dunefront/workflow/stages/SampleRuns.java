package org.dunefront.workflow.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dunefront.cli.Main;
import picocli.CommandLine;

/** Shared fixture of the stage tests: a generated 96 × 80 sample basin run up to a stage with -j 1 and -j 2. */
final class SampleRuns {
    private SampleRuns() { }

    /** Runs the command line with captured output; prints it when the command fails. */
    static int exec(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        if (code != 0) System.err.println(String.join(" ", args) + "\n" + out + err);
        return code;
    }

    /** Generates the basin (seed 3) in {@code tmp/sample} and runs {@code command} into tmp/run1 (-j 1) and tmp/run2 (-j 2). */
    static Path[] runTwice(Path tmp, String command) {
        Path data = tmp.resolve("sample");
        assertEquals(0, exec("sample-data", "--out", data.toString(), "--seed", "3", "--size", "96x80", "--cell", "30"));
        String cfg = data.resolve("sample.yaml").toString();
        Path run1 = tmp.resolve("run1"), run2 = tmp.resolve("run2");
        assertEquals(0, exec(command, "--config", cfg, "--out", run1.toString(), "-j", "1", "-q"));
        assertEquals(0, exec(command, "--config", cfg, "--out", run2.toString(), "-j", "2", "-q"));
        return new Path[] {run1, run2};
    }

    /** Generates the basin (seed 3) in {@code tmp/sample} and runs {@code command} once into tmp/run (-j 2). */
    static Path runOnce(Path tmp, String command) {
        Path data = tmp.resolve("sample");
        assertEquals(0, exec("sample-data", "--out", data.toString(), "--seed", "3", "--size", "96x80", "--cell", "30"));
        Path run = tmp.resolve("run");
        assertEquals(0, exec(command, "--config", data.resolve("sample.yaml").toString(), "--out", run.toString(), "-j", "2", "-q"));
        return run;
    }

    /** The output folder of {@code stage} under a run folder. */
    static Path stage(Path run, String stage) throws IOException {
        try (var s = Files.walk(run)) {
            return s.filter(p -> p.getFileName().toString().equals(stage) && Files.isDirectory(p)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + stage + " folder under " + run));
        }
    }
}
