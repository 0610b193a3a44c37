package org.dunefront.workflow;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/** File-system helpers of the workflow: temporary folders, atomic swap, listing and hashing outputs. */
final class StageFolders {
    private static final AtomicLong COUNTER = new AtomicLong();
    static final String TMP_MARK = ".tmp-";

    private StageFolders() { }

    /** A fresh hidden work folder beside {@code finalDir}. */
    static Path newTemp(Path finalDir) throws IOException {
        Files.createDirectories(finalDir.getParent());
        Path tmp = finalDir.resolveSibling("." + finalDir.getFileName() + TMP_MARK + ProcessHandle.current().pid()
                + "-" + COUNTER.incrementAndGet());
        deleteRecursively(tmp);
        return Files.createDirectories(tmp);
    }

    /** Replaces {@code finalDir} by {@code tmp} with renames, so readers never see a half-written folder. */
    static void swapIntoPlace(Path tmp, Path finalDir) throws IOException {
        Path old = null;
        if (Files.exists(finalDir)) {
            old = finalDir.resolveSibling("." + finalDir.getFileName() + ".old" + TMP_MARK + COUNTER.incrementAndGet());
            Files.move(finalDir, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(tmp, finalDir, StandardCopyOption.ATOMIC_MOVE);
        if (old != null) deleteRecursively(old);
    }

    /** Removes work folders left by an interrupted run (killed before cleanup). */
    static void removeStaleTemps(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith(".")
                    && p.getFileName().toString().contains(TMP_MARK)).toList()) {
                deleteRecursively(p);
            }
        }
    }

    /** Files under {@code dir} (recursive) as sorted '/'-separated relative paths, except the manifest. */
    static List<String> listFiles(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile).forEach(p -> {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (!rel.equals(Manifest.FILE_NAME)) out.add(rel);
            });
        }
        out.sort(null);
        return out;
    }

    /** Copies (hard-links when possible) every file of {@code from} into {@code to}. */
    static void copyTree(Path from, Path to) throws IOException {
        for (String rel : listFiles(from)) {
            Path src = from.resolve(rel), dst = to.resolve(rel);
            Files.createDirectories(dst.getParent());
            try {
                Files.createLink(dst, src);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(src, dst, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    static void deleteRecursively(Path p) throws IOException {
        if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        Files.walkFileTree(p, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Writes a small text file atomically (temp name, then rename). */
    static void writeAtomically(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling("." + file.getFileName() + TMP_MARK + COUNTER.incrementAndGet());
        Files.writeString(tmp, text, java.nio.charset.StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
