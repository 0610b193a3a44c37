package org.dunefront.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Content-addressed store of stage outputs shared by the runs of a sweep:
 * {@code <root>/<stage>/<cacheKey>/}. A run whose stage has the same cache key (same inputs,
 * upstream outputs and parameters) reuses the stored outputs instead of recomputing them, so
 * varying only downstream parameters recomputes only downstream stages.
 *
 * <p>Thread-safe: {@link #lock} serialises work on one key so parallel runs compute it once.
 */
public final class SharedStageCache {
    private final Path root;
    private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();

    public SharedStageCache(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    Object lock(String stage, String key) {
        return locks.computeIfAbsent(stage + "/" + key, k -> new Object());
    }

    /** The stored folder for this key, if complete (it has a manifest with the same key). */
    Optional<Path> lookup(String stage, String key) {
        Path dir = root.resolve(stage).resolve(key);
        return Manifest.read(dir).filter(m -> m.cacheKey().equals(key)).map(m -> dir);
    }

    /** Stores a copy of a finished stage folder under its key (atomically). */
    void publish(String stage, String key, Path stageDir) throws IOException {
        Path dir = root.resolve(stage).resolve(key);
        if (Files.isDirectory(dir)) return;
        Path tmp = StageFolders.newTemp(dir);
        try {
            StageFolders.copyTree(stageDir, tmp);
            Files.copy(stageDir.resolve(Manifest.FILE_NAME), tmp.resolve(Manifest.FILE_NAME));
            StageFolders.swapIntoPlace(tmp, dir);
        } finally {
            StageFolders.deleteRecursively(tmp);
        }
    }
}
