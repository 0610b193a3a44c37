package org.dunefront.io.geotiff;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * libdeflate (Eric Biggers, https://github.com/ebiggers/libdeflate) through the JNI shim
 * {@code libdunefront-deflate.so} ({@code pipeline/src/main/c}, built by Maven into
 * {@code target/native/} from Debian's libdeflate-dev): zlib-wrapped Deflate, the stream of TIFF's
 * Deflate compression, encoded and decoded in one call per tile. GDAL links the same library; it is
 * 2–3 times faster than {@code java.util.zip} (zlib). The writer requires it ({@link TileCodec}); the
 * reader uses it when loaded and {@code java.util.zip} otherwise (same samples, {@link BlockDecoder}).
 *
 * <p>The shim is looked up as {@code native/libdunefront-deflate.so} next to the jar (or next to
 * {@code target/classes} in a Maven build), or at the path of the system property
 * {@code dunefront.native.deflate}. The property value {@code off} disables it (reading then uses
 * {@code java.util.zip}, writing Deflate fails).
 *
 * <p>Thread-safe: the shim keeps one libdeflate decompressor per thread.
 */
final class NativeDeflate {
    /** File name of the shim. */
    static final String LIBRARY_FILE = "libdunefront-deflate.so";
    /** Result codes of the shim (dunefront_deflate.c). */
    static final int BAD_DATA = -1, INSUFFICIENT_SPACE = -3, NO_MEMORY = -4;

    private static final String VERSION;
    private static final String UNAVAILABLE_REASON;

    static {
        String version = null;
        String reason;
        String property = System.getProperty("dunefront.native.deflate", "");
        if (property.equals("off")) {
            reason = "disabled by -Ddunefront.native.deflate=off";
        } else {
            Path lib = property.isEmpty() ? besideCode() : Path.of(property);
            if (lib == null || !Files.isRegularFile(lib)) {
                reason = "the JNI shim " + (lib == null ? LIBRARY_FILE : lib) + " was not found (build it with scripts/build.sh)";
            } else {
                try {
                    System.load(lib.toAbsolutePath().toString());
                    version = version();
                    reason = null;
                } catch (UnsatisfiedLinkError e) {
                    reason = "the JNI shim " + lib + " could not be loaded (" + e.getMessage()
                            + "); install Debian's libdeflate0 and rebuild with scripts/build.sh";
                }
            }
        }
        VERSION = version;
        UNAVAILABLE_REASON = reason;
    }

    private NativeDeflate() { }

    /** True when the shim and libdeflate are loaded. */
    static boolean available() {
        return VERSION != null;
    }

    /** libdeflate's version (e.g. "1.14"), or null when {@link #available()} is false. */
    static String libdeflateVersion() {
        return VERSION;
    }

    /** Why the shim is not available, or null when it is. */
    static String unavailableReason() {
        return UNAVAILABLE_REASON;
    }

    /** {@code native/libdunefront-deflate.so} beside the jar or the classes directory holding this class. */
    private static Path besideCode() {
        try {
            var source = NativeDeflate.class.getProtectionDomain().getCodeSource();
            if (source == null) return null;
            Path code = Path.of(source.getLocation().toURI());
            Path parent = code.getParent();
            return parent == null ? null : parent.resolve("native").resolve(LIBRARY_FILE);
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return null;
        }
    }

    private static native String version();

    /**
     * Decodes the zlib stream {@code in[0, inLen)} into {@code out[0, outLen)}.
     *
     * @return the number of bytes produced (fewer than {@code outLen} when the stream holds fewer), or
     *         {@link #BAD_DATA} (corrupt or truncated stream, wrong checksum), {@link #INSUFFICIENT_SPACE}
     *         (it holds more than {@code outLen} bytes) or {@link #NO_MEMORY}
     */
    static native int zlibDecompress(byte[] in, int inLen, byte[] out, int outLen);

    /** Upper bound of the zlib stream length of {@code inLen} bytes, or -1 beyond 2 GB. */
    static native int zlibCompressBound(int inLen);

    /** Encodes {@code in[0, inLen)} at {@code level} (0–12) into {@code out}; returns the length, 0 if it does not fit. */
    static native int zlibCompress(int level, byte[] in, int inLen, byte[] out, int outLen);
}
