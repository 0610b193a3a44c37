package org.dunefront.cli;

import java.util.ArrayList;
import java.util.List;
import org.dunefront.workflow.Cancellation;

/**
 * Turns Ctrl-C (SIGINT) and SIGTERM into a cancellation of the running workflow, so that stages
 * stop at their next progress report, temporary outputs are deleted and the command exits with
 * code 4. The previous handlers are restored on {@link #close()}.
 */
final class Interrupts implements AutoCloseable {
    private final List<Runnable> restore = new ArrayList<>();

    @SuppressWarnings("removal")
    Interrupts(Cancellation cancellation) {
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                sun.misc.Signal sig = new sun.misc.Signal(name);
                sun.misc.SignalHandler old = sun.misc.Signal.handle(sig, s -> cancellation.cancel("SIG" + name + " received"));
                restore.add(() -> sun.misc.Signal.handle(sig, old));
            } catch (RuntimeException | LinkageError e) {
                // signal not supported here: the default handler stays
            }
        }
    }

    @Override
    public void close() {
        restore.forEach(Runnable::run);
    }
}
