package org.dunefront.workflow;

import java.util.concurrent.atomic.AtomicBoolean;
import org.dunefront.grid.CancelledException;

/** A cancel flag shared by a run (set by Ctrl-C or a test); stages see it through their progress listener. */
public final class Cancellation {
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile String reason = "";

    public void cancel(String why) {
        reason = why;
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    public void throwIfCancelled(String where) {
        if (isCancelled()) throw new CancelledException(where + (reason.isEmpty() ? "" : " (" + reason + ")"));
    }
}
