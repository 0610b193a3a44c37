package org.dunefront.workflow.stages;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One accumulator per worker thread of a tile pass, created on first use; {@link #all()} hands
 * them over for merging after the pass (the executor's completion orders their writes before it).
 * Merge only order-independent (integer or exact) state, so results do not depend on which
 * thread ran which tile.
 */
final class PerThread<T> {
    private final List<T> all = new ArrayList<>();
    private final ThreadLocal<T> local;

    PerThread(Supplier<T> factory) {
        this.local = ThreadLocal.withInitial(() -> {
            T t = factory.get();
            synchronized (all) {
                all.add(t);
            }
            return t;
        });
    }

    T get() {
        return local.get();
    }

    List<T> all() {
        synchronized (all) {
            return List.copyOf(all);
        }
    }
}
