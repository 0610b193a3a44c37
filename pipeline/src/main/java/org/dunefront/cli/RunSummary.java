package org.dunefront.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dunefront.workflow.RunReport;
import org.dunefront.workflow.Workflow;

/** The one-screen summary printed at the end of a run. */
final class RunSummary {
    static final int MAX_FILES = 12;

    private RunSummary() { }

    static void print(PrintWriter out, RunReport report, Duration wall, String memory) {
        out.printf(Locale.ROOT, "Run finished: %s%n", report.runDir());
        StringBuilder st = new StringBuilder();
        for (RunReport.StageOutcome o : report.stages()) {
            if (st.length() > 0) st.append(", ");
            st.append(o.stage()).append(' ').append(switch (o.status()) {
                case RAN -> "ran";
                case UP_TO_DATE -> "up to date (skipped)";
                case REUSED -> "reused";
            });
        }
        out.println("  stages:  " + st);
        List<String> files = report.outputFiles();
        out.printf(Locale.ROOT, "  outputs: %d files%n", files.size());
        for (int i = 0; i < Math.min(MAX_FILES, files.size()); i++) out.println("           " + files.get(i));
        if (files.size() > MAX_FILES) out.printf(Locale.ROOT, "           ... and %d more (see %s)%n", files.size() - MAX_FILES, Workflow.CHECKSUMS);
        Map<String, Double> numbers = report.keyNumbers();
        if (!numbers.isEmpty()) {
            out.println("  key numbers:");
            numbers.forEach((k, v) -> out.printf(Locale.ROOT, "           %-40s %,.2f%n", k, v));
        }
        out.printf(Locale.ROOT, "  checksums: %s, configuration: %s%n", report.runDir().resolve(Workflow.CHECKSUMS),
                report.runDir().resolve(Workflow.RESOLVED_CONFIG));
        out.printf(Locale.ROOT, "  wall time: %.1f s; memory: %s%n", wall.toNanos() / 1e9, memory);
        out.flush();
    }
}
