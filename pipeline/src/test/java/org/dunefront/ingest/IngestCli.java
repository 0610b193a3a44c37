package org.dunefront.ingest;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.dunefront.cli.Main;
import picocli.CommandLine;

/** Runs {@code dunefront ingest --config CFG --out DIR --run NAME} with captured output (test helper). */
final class IngestCli {
    record Result(int code, String out, String err, Path workspace) { }

    private IngestCli() { }

    /** Writes a configuration with a {@code study:} section of {@code keys} (values written as given) and runs ingest. */
    static Result ingest(Path dir, Map<String, String> keys, String... extraArgs) throws IOException {
        Files.createDirectories(dir);
        StringBuilder yaml = new StringBuilder("study:\n");
        keys.forEach((k, v) -> yaml.append("  ").append(k).append(": ").append(v).append('\n'));
        Path cfg = dir.resolve("study.yaml");
        Files.writeString(cfg, yaml.toString());
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        String[] base = {"ingest", "--config", cfg.toString(), "--out", dir.resolve("out").toString(), "--run", "t", "-j", "2"};
        String[] args = new String[base.length + extraArgs.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extraArgs, 0, args, base.length, extraArgs.length);
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString(), dir.resolve("out").resolve("t").resolve("ingest"));
    }

    /** YAML double-quoted string. */
    static String q(Object path) {
        return "\"" + path.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
