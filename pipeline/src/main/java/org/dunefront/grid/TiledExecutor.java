package org.dunefront.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one job per tile on a fixed number of threads. Jobs must be pure functions of their
 * window (read inputs, compute, write outputs for that window only), so results never depend on
 * tile size or thread count. Progress is reported as the fraction of finished tiles, in a
 * thread-safe way; a listener returning false cancels the remaining tiles.
 */
public final class TiledExecutor implements AutoCloseable {

    /** Work on one tile window; may throw checked exceptions (they are rethrown wrapped). */
    @FunctionalInterface
    public interface TileJob {
        void run(Window tile) throws Exception;
    }

    private final int threads;
    private final ExecutorService pool;

    /** @param threads number of worker threads (≥ 1); 1 runs jobs on the calling thread */
    public TiledExecutor(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        this.threads = threads;
        if (threads == 1) {
            this.pool = null;
        } else {
            AtomicInteger n = new AtomicInteger();
            ThreadFactory tf = r -> {
                Thread t = new Thread(r, "dunefront-tile-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            };
            this.pool = Executors.newFixedThreadPool(threads, tf);
        }
    }

    /** An executor using all available processors. */
    public static TiledExecutor allCores() {
        return new TiledExecutor(Runtime.getRuntime().availableProcessors());
    }

    public int threads() {
        return threads;
    }

    /**
     * Runs {@code job} for every tile of {@code scheme}.
     *
     * @throws CancelledException when the listener cancels
     * @throws TileJobException   wrapping the first failure of a job
     */
    public void run(TileScheme scheme, TileJob job, ProgressListener progress, String message) {
        List<Window> tiles = scheme.tiles();
        int total = tiles.size();
        AtomicInteger done = new AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean cancelled = new java.util.concurrent.atomic.AtomicBoolean();
        if (pool == null) {
            for (Window w : tiles) {
                runOne(job, w);
                if (!progress.report((double) done.incrementAndGet() / total, message)) throw new CancelledException(message);
            }
            return;
        }
        List<Future<?>> futures = new ArrayList<>(total);
        for (Window w : tiles) {
            futures.add(pool.submit(() -> {
                if (cancelled.get()) return null;
                runOne(job, w);
                synchronized (progress) {
                    if (!progress.report((double) done.incrementAndGet() / total, message)) cancelled.set(true);
                }
                return null;
            }));
        }
        RuntimeException failure = null;
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    Throwable c = e.getCause();
                    failure = c instanceof RuntimeException re ? re : new TileJobException(c);
                    cancelled.set(true);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancelled.set(true);
                failure = new CancelledException(message);
            }
        }
        if (failure != null) throw failure;
        if (cancelled.get()) throw new CancelledException(message);
    }

    private static void runOne(TileJob job, Window w) {
        try {
            job.run(w);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new TileJobException(e);
        }
    }

    @Override
    public void close() {
        if (pool != null) pool.shutdownNow();
    }

    /** A checked exception thrown by a tile job (typically an {@link java.io.IOException}). */
    public static final class TileJobException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TileJobException(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }
}
