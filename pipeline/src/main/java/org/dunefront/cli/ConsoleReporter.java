package org.dunefront.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.dunefront.workflow.RunListener;
import org.dunefront.workflow.StageResult;

/**
 * Renders workflow events: a redrawn progress bar (stage, percentage, ETA) on a terminal, or
 * plain timestamped lines elsewhere (CI), both throttled (lines: none in a stage's first 2 s, then at
 * most one per 25 % or per 10 s); {@code --quiet} prints nothing,
 * {@code --verbose} adds debug messages, and {@code --log-file} receives every line with a
 * timestamp. Thread-safe (all methods synchronized).
 */
final class ConsoleReporter implements RunListener, AutoCloseable {

    enum Mode { BAR, LINES, QUIET }

    static final Duration BAR_INTERVAL = Duration.ofMillis(200);
    static final Duration LINE_INTERVAL = Duration.ofSeconds(10);
    static final double LINE_STEP = 0.25;
    /** Stages shorter than this print no progress lines (only started/done). */
    static final Duration LINE_FIRST_DELAY = Duration.ofSeconds(2);

    private final PrintWriter err;
    private final Mode mode;
    private final boolean verbose;
    private final Writer log;
    private final Clock clock;
    private final Map<String, Instant> stageStart = new HashMap<>();
    private final Map<String, Instant> lastDraw = new HashMap<>();
    private final Map<String, Double> lastFraction = new HashMap<>();
    private boolean barOpen;

    ConsoleReporter(PrintWriter err, Mode mode, boolean verbose, Path logFile, Clock clock) throws IOException {
        this.err = err;
        this.mode = mode;
        this.verbose = verbose;
        this.clock = clock;
        if (logFile != null) {
            if (logFile.toAbsolutePath().getParent() != null) Files.createDirectories(logFile.toAbsolutePath().getParent());
            this.log = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } else {
            this.log = null;
        }
    }

    /** Bar on a terminal, lines otherwise, nothing when quiet. */
    static Mode modeFor(boolean quiet, boolean terminal) {
        return quiet ? Mode.QUIET : terminal ? Mode.BAR : Mode.LINES;
    }

    @Override
    public synchronized void stageStarted(String stage) {
        stageStart.put(stage, clock.instant());
        lastFraction.put(stage, 0.0);
        line("stage " + stage + ": started");
    }

    @Override
    public synchronized void progress(String stage, double fraction, String message) {
        Instant now = clock.instant();
        Instant start = stageStart.getOrDefault(stage, now);
        Instant last = lastDraw.get(stage);
        double f = Math.max(0, Math.min(1, fraction));
        if (mode == Mode.BAR) {
            if (last != null && Duration.between(last, now).compareTo(BAR_INTERVAL) < 0 && f < 1) return;
            lastDraw.put(stage, now);
            err.print("\r" + bar(stage, f, eta(start, now, f), message));
            err.flush();
            barOpen = true;
            return;
        }
        double prev = lastFraction.getOrDefault(stage, 0.0);
        boolean due = last == null ? f - prev >= LINE_STEP : Duration.between(last, now).compareTo(LINE_INTERVAL) >= 0
                || f - prev >= LINE_STEP;
        if (!due || f >= 1 || Duration.between(start, now).compareTo(LINE_FIRST_DELAY) < 0) return;
        lastDraw.put(stage, now);
        lastFraction.put(stage, f);
        line(String.format(Locale.ROOT, "stage %s: %3.0f%% %s%s", stage, f * 100, etaText(eta(start, now, f)),
                message == null || message.isEmpty() ? "" : " " + message));
    }

    @Override
    public synchronized void stageSkipped(String stage, String reason, StageResult result) {
        line("stage " + stage + ": skipped, " + reason);
    }

    @Override
    public synchronized void stageFinished(String stage, StageResult result, Duration elapsed) {
        line(String.format(Locale.ROOT, "stage %s: done in %.1f s", stage, elapsed.toNanos() / 1e9));
    }

    @Override public synchronized void info(String message) { line(message); }

    @Override
    public synchronized void debug(String message) {
        if (verbose) line("debug: " + message); else toLog("debug: " + message);
    }

    @Override public synchronized void warn(String message) { line("warning: " + message); }

    private void line(String text) {
        toLog(text);
        if (mode == Mode.QUIET) return;
        if (barOpen) {
            err.println();
            barOpen = false;
        }
        err.println(mode == Mode.LINES ? stamp() + " " + text : text);
        err.flush();
    }

    private void toLog(String text) {
        if (log == null) return;
        try {
            log.write(stamp() + " " + text + "\n");
            log.flush();
        } catch (IOException e) {
            // a failing log file must not stop the run
        }
    }

    private String stamp() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static String bar(String stage, double f, Duration eta, String message) {
        int width = 24, filled = (int) Math.round(f * width);
        String msg = message == null ? "" : message;
        if (msg.length() > 30) msg = msg.substring(0, 30);
        return String.format(Locale.ROOT, "%-8s [%s%s] %3.0f%% %-12s %-30s", stage, "#".repeat(filled),
                "-".repeat(width - filled), f * 100, etaText(eta), msg);
    }

    /** Remaining time from the elapsed time and fraction done (null until something is done). */
    static Duration eta(Instant start, Instant now, double f) {
        if (f <= 0) return null;
        long elapsed = Duration.between(start, now).toMillis();
        return Duration.ofMillis(Math.round(elapsed * (1 - f) / f));
    }

    static String etaText(Duration eta) {
        if (eta == null) return "ETA --:--";
        long s = eta.toSeconds();
        return String.format(Locale.ROOT, "ETA %d:%02d", s / 60, s % 60);
    }

    @Override
    public synchronized void close() throws IOException {
        if (barOpen) {
            err.println();
            err.flush();
            barOpen = false;
        }
        if (log != null) log.close();
    }
}
