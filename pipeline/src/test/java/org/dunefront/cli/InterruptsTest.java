package org.dunefront.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dunefront.workflow.Cancellation;
import org.junit.jupiter.api.Test;

/** SIGTERM (like Ctrl-C's SIGINT) sets the run's cancel flag instead of killing the JVM. */
class InterruptsTest {

    @Test
    @SuppressWarnings("removal")
    void aSignalCancelsTheRun() throws InterruptedException {
        Cancellation c = new Cancellation();
        try (Interrupts i = new Interrupts(c)) {
            assertEquals(2, i.installed(), "INT and TERM handlers installed");
            sun.misc.Signal.raise(new sun.misc.Signal("TERM"));
            for (int k = 0; k < 500 && !c.isCancelled(); k++) Thread.sleep(10); // the handler runs on its own thread
            assertTrue(c.isCancelled());
        }
    }
}
