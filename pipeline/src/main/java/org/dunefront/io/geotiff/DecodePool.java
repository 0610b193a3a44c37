package org.dunefront.io.geotiff;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The process-wide pool that decodes the blocks of one window read on several cores
 * ({@link GeoTiffSource#read}): one daemon thread per processor, shared by every open file, so that a
 * single-band read of a wide tile row (40 tiles of 512² at 20000 columns) no longer runs on one core.
 *
 * <p>{@link #forEach} runs the tasks on the calling thread plus up to {@code threads - 1} helpers taken
 * from the pool, which pull task indices from a shared counter. Helpers that have not started when the
 * caller runs out of tasks are abandoned (they return at once when the pool reaches them), so the caller never waits for a queue behind other readers'
 * work (no deadlock however many readers share the pool). Each task writes its own, disjoint part of
 * the result, so the result is the same whatever the thread count or the order the tasks ran in.
 * An interrupt while waiting for helpers is kept (the flag is set again on return), never abandons a
 * helper still writing into the caller's array. Thread-safe.
 */
final class DecodePool {
    /** Default number of threads of one read: every processor. */
    static final int DEFAULT_THREADS = Runtime.getRuntime().availableProcessors();

    /** One task of a {@link #forEach}: task {@code index}. */
    @FunctionalInterface
    interface IndexTask {
        void run(int index) throws IOException;
    }

    private static final int PENDING = 0, RUNNING = 1, ABANDONED = 2;

    private DecodePool() { }

    /** Created on first parallel read. */
    private static final class Holder {
        static final ExecutorService POOL = Executors.newFixedThreadPool(DEFAULT_THREADS, daemonThreads());

        private static java.util.concurrent.ThreadFactory daemonThreads() {
            AtomicInteger n = new AtomicInteger();
            return r -> {
                Thread t = new Thread(r, "dunefront-geotiff-decode-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            };
        }
    }

    /**
     * Runs {@code task.run(i)} once for every {@code i} in {@code [0, count)}, on at most {@code threads}
     * threads (the caller and pool helpers), and returns when all have run. The first failure stops the
     * tasks not yet started and is rethrown (an {@link IOException} or unchecked exception as thrown).
     */
    static void forEach(int count, int threads, IndexTask task) throws IOException {
        int helpers = Math.min(threads, count) - 1;
        if (helpers <= 0) {
            for (int i = 0; i < count; i++) task.run(i);
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            for (int i; failure.get() == null && (i = next.getAndIncrement()) < count; ) {
                try {
                    task.run(i);
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                }
            }
        };
        // helper h: PENDING until it starts (RUNNING) or the caller no longer needs it (ABANDONED)
        AtomicIntegerArray state = new AtomicIntegerArray(helpers);
        List<Future<?>> submitted = new ArrayList<>(helpers);
        for (int h = 0; h < helpers; h++) {
            int me = h;
            submitted.add(Holder.POOL.submit(() -> {
                if (state.compareAndSet(me, PENDING, RUNNING)) worker.run();
            }));
        }
        worker.run();
        boolean interrupted = false;
        for (int h = 0; h < helpers; h++) {
            if (state.compareAndSet(h, PENDING, ABANDONED)) continue; // never started: nothing left for it to do
            while (true) { // started: it may still be running a task
                try {
                    submitted.get(h).get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // finish waiting: a helper may still be writing into the caller's array
                } catch (ExecutionException | CancellationException e) {
                    break; // the worker catches everything, so this does not happen
                }
            }
        }
        if (interrupted) Thread.currentThread().interrupt(); // the read is complete; the caller sees the flag
        Throwable t = failure.get();
        if (t == null) return;
        if (t instanceof IOException io) throw io;
        if (t instanceof RuntimeException re) throw re;
        if (t instanceof Error err) throw err;
        throw new IllegalStateException(t);
    }
}
