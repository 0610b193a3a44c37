package org.dunefront.io;

import java.util.Locale;

/** Which raster/vector I/O implementation to use; chosen with {@code --io} on the command line. */
public enum IoBackend {
    /** GDAL when its Java bindings and native library load, otherwise the pure-Java backend. */
    AUTO,
    /** The embedded pure-Java GeoTIFF (and GeoPackage) readers and writers; no native code. */
    JAVA,
    /** GDAL through its official SWIG Java bindings (built by {@code scripts/setup-gdal.sh}). */
    GDAL;

    /** Parses "auto", "java" or "gdal" (any case). */
    public static IoBackend parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown I/O backend '" + text + "': expected auto, java or gdal", e);
        }
    }

    /** The lower-case name used on the command line and in logs. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
