package org.dunefront.io.gdal;

import java.util.function.Supplier;
import org.dunefront.error.InputDataException;
import org.gdal.gdal.gdal;
import org.gdal.gdalconst.gdalconstConstants;

/** Runs GDAL calls with GDAL's messages captured (quiet handler) and turns failures into named errors. */
final class GdalErrors {
    private GdalErrors() { }

    /** Runs {@code call} with a quiet error handler on this thread and a reset error state. */
    static <T> T quietly(Supplier<T> call) {
        gdal.PushErrorHandler("CPLQuietErrorHandler");
        gdal.ErrorReset();
        try {
            return call.get();
        } finally {
            gdal.PopErrorHandler();
        }
    }

    /**
     * Installs the quiet handler on this thread until {@link Quiet#close()}: for blocks of GDAL calls
     * (GDAL emits some warnings lazily, e.g. when the CRS is first asked for).
     */
    static Quiet quiet() {
        gdal.PushErrorHandler("CPLQuietErrorHandler");
        return new Quiet();
    }

    /** A scope with GDAL's messages captured instead of printed. */
    static final class Quiet implements AutoCloseable {
        private Quiet() { }

        @Override
        public void close() {
            gdal.PopErrorHandler();
        }
    }

    /** Like {@link #quietly} for calls returning a CPLErr code; throws when it is CE_Failure or worse. */
    static void check(String file, String action, Supplier<Integer> call) {
        int rc = quietly(call);
        if (rc >= gdalconstConstants.CE_Failure) throw failure(file, action);
    }

    /** True when the last GDAL call on this thread reported a failure. */
    static boolean failed() {
        return gdal.GetLastErrorType() >= gdalconstConstants.CE_Failure;
    }

    /** An error naming the file, what Dunefront tried, and GDAL's own message. */
    static InputDataException failure(String file, String action) {
        return new InputDataException(file, "GDAL could not " + action + ": " + lastMessage(),
                "Check that the file is complete and in a format GDAL reads (gdalinfo " + shellQuote(file) + " shows what GDAL sees)");
    }

    static String lastMessage() {
        String m = gdal.GetLastErrorMsg();
        return m == null || m.isBlank() ? "no message from GDAL" : m.strip();
    }

    private static String shellQuote(String s) {
        return s.matches("[A-Za-z0-9_./:-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }
}
