package org.dunefront.ingest;

import java.util.List;
import java.util.Locale;
import org.dunefront.error.InputDataException;

/**
 * Plausibility of a wind record held as per-band arrays of u and v (m/s) on the same cells: speeds
 * √(u² + v²) above the limit, or a record that is zero everywhere, or one without any valid cell,
 * are rejected. Pure.
 */
final class WindChecks {
    private WindChecks() { }

    /**
     * @param u, v     per band, the components (NaN = nodata)
     * @param times    per band, its time (for messages)
     * @throws InputDataException naming the u file (and the v file) with band, time and value
     */
    static void requirePlausible(float[][] u, float[][] v, List<String> times, double maxMps, String uFile, String vFile) {
        boolean anyValid = false, anyNonZero = false;
        for (int b = 0; b < u.length; b++) {
            float[] ub = u[b], vb = v[b];
            for (int i = 0; i < ub.length; i++) {
                float a = ub[i], c = vb[i];
                if (Float.isNaN(a) || Float.isNaN(c)) continue;
                anyValid = true;
                double s = Math.sqrt((double) a * a + (double) c * c);
                if (s != 0) anyNonZero = true;
                if (s > maxMps) {
                    throw new InputDataException(uFile, String.format(Locale.ROOT,
                            "implausible wind speed %.1f m/s (u %.1f, v %.1f) in band %d (time %s) with %s; the limit is %.0f m/s",
                            s, a, c, b + 1, times.get(b), vFile, maxMps),
                            "Check the units (m/s, not km/h or knots), the scale/offset of packed values and the nodata value");
                }
            }
        }
        if (!anyValid) {
            throw new InputDataException(uFile, "no valid wind value over the study area (all nodata) with " + vFile,
                    "Check that the wind files cover the study area and that their nodata value is right");
        }
        if (!anyNonZero) {
            throw new InputDataException(uFile, "implausible wind: u and v (" + vFile + ") are zero in every cell and time step",
                    "Check the export (a zero-filled file usually means a failed download or a wrong variable)");
        }
    }
}
