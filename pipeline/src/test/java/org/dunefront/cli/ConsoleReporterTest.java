package org.dunefront.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Progress rendering with a hand-moved clock: throttling, ETA, bar and line modes. */
class ConsoleReporterTest {

    /** A clock the test moves. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
        void advance(Duration d) { now = now.plus(d); }
    }

    @Test
    void linesModeIsTimestampedAndThrottled() throws IOException {
        StringWriter sw = new StringWriter();
        ManualClock clock = new ManualClock();
        try (ConsoleReporter r = new ConsoleReporter(new PrintWriter(sw), ConsoleReporter.Mode.LINES, false, null, clock)) {
            r.stageStarted("drift");
            for (int i = 1; i <= 100; i++) {
                clock.advance(Duration.ofMillis(100));
                r.progress("drift", i / 100.0, "tiles");
            }
            r.stageFinished("drift", null, Duration.ofSeconds(10));
        }
        String[] lines = sw.toString().split("\n");
        // started, 25 %, 50 %, 75 %, done: 100 reports throttled to 3 progress lines
        assertEquals(5, lines.length, sw.toString());
        assertEquals("2026-01-01T00:00:00Z stage drift: started", lines[0]);
        assertEquals("2026-01-01T00:00:02.500Z".substring(0, 19) + "Z stage drift:  25% ETA 0:07 tiles", lines[1]);
        assertTrue(lines[4].endsWith("stage drift: done in 10.0 s"), lines[4]);
    }

    @Test
    void shortStagesPrintNoProgressLines() throws IOException {
        StringWriter sw = new StringWriter();
        ManualClock clock = new ManualClock();
        try (ConsoleReporter r = new ConsoleReporter(new PrintWriter(sw), ConsoleReporter.Mode.LINES, false, null, clock)) {
            r.stageStarted("rank");
            for (int i = 1; i <= 10; i++) {
                clock.advance(Duration.ofMillis(150));
                r.progress("rank", i / 10.0, "");
            }
            r.stageFinished("rank", null, Duration.ofMillis(1500));
        }
        assertEquals(2, sw.toString().split("\n").length, sw.toString());
    }

    @Test
    void etaIsElapsedTimesRemainingOverDone() {
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        assertEquals(Duration.ofSeconds(30), ConsoleReporter.eta(t0, t0.plusSeconds(10), 0.25));
        assertEquals("ETA 1:05", ConsoleReporter.etaText(Duration.ofSeconds(65)));
        assertEquals("ETA --:--", ConsoleReporter.etaText(ConsoleReporter.eta(t0, t0, 0)));
    }

    @Test
    void barModeRedrawsInPlaceAtMostEvery200Ms() throws IOException {
        StringWriter sw = new StringWriter();
        ManualClock clock = new ManualClock();
        try (ConsoleReporter r = new ConsoleReporter(new PrintWriter(sw), ConsoleReporter.Mode.BAR, false, null, clock)) {
            r.stageStarted("migrate");
            for (int i = 1; i <= 10; i++) {
                clock.advance(Duration.ofMillis(50));
                r.progress("migrate", i / 20.0, "");
            }
        }
        long redraws = sw.toString().chars().filter(c -> c == '\r').count();
        assertEquals(3, redraws, "first report, then one per 200 ms over 500 ms");
        assertTrue(sw.toString().contains("migrate  [#-----------------------]   5% ETA 0:00"), sw.toString());
        assertTrue(ConsoleReporter.bar("migrate", 0.5, Duration.ofSeconds(12), "year 3")
                .startsWith("migrate  [############------------]  50% ETA 0:12     year 3"));
    }

    @Test
    void quietPrintsNothing() throws IOException {
        StringWriter sw = new StringWriter();
        try (ConsoleReporter r = new ConsoleReporter(new PrintWriter(sw), ConsoleReporter.Mode.QUIET, true, null, new ManualClock())) {
            r.stageStarted("x");
            r.progress("x", 0.5, "");
            r.info("hello");
            r.debug("debug");
        }
        assertEquals("", sw.toString());
        assertEquals(ConsoleReporter.Mode.BAR, ConsoleReporter.modeFor(false, true));
        assertEquals(ConsoleReporter.Mode.LINES, ConsoleReporter.modeFor(false, false));
        assertEquals(ConsoleReporter.Mode.QUIET, ConsoleReporter.modeFor(true, true));
    }
}
