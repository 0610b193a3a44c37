package org.dunefront.io.gdal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time stamps of bands that are time steps: GRIB messages ({@code GRIB_VALID_TIME}, seconds since
 * 1970-01-01 UTC) and NetCDF slices ({@code NETCDF_DIM_time} in the units of the {@code time}
 * variable, CF conventions §4.4: "hours since 1900-01-01 00:00:00"). Only the standard, gregorian and
 * proleptic_gregorian calendars are converted (identical after 1582-10-15, which all reanalyses are).
 */
final class BandTimes {
    private static final Pattern CF_UNITS = Pattern.compile(
            "\\s*(days?|d|hours?|hrs?|h|minutes?|mins?|seconds?|secs?|s)\\s+since\\s+"
                    + "(-?\\d{1,4})-(\\d{1,2})-(\\d{1,2})"
                    + "(?:[T ](\\d{1,2}):(\\d{1,2})(?::(\\d{1,2}(?:\\.\\d*)?))?)?"
                    + "\\s*(Z|UTC|GMT|[+-]\\d{1,2}(?::?\\d{2})?)?\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_NUMBER = Pattern.compile("\\s*(-?\\d+)");

    private BandTimes() { }

    /** The band's time as ISO-8601 UTC ("2017-10-18T18:00:00Z"), when its metadata defines one. */
    static Optional<String> time(Map<String, String> bandMetadata, Map<String, String> datasetMetadata) {
        String grib = bandMetadata.get("GRIB_VALID_TIME");
        if (grib != null) {
            Matcher m = LEADING_NUMBER.matcher(grib);
            if (m.lookingAt()) return Optional.of(Instant.ofEpochSecond(Long.parseLong(m.group(1))).toString());
        }
        String step = bandMetadata.get("NETCDF_DIM_time");
        String units = datasetMetadata.get("time#units");
        if (step != null && units != null) {
            String calendar = datasetMetadata.getOrDefault("time#calendar", "standard").toLowerCase(Locale.ROOT);
            if (!calendar.equals("standard") && !calendar.equals("gregorian") && !calendar.equals("proleptic_gregorian")) {
                return Optional.empty();
            }
            return cfTime(Double.parseDouble(step.trim()), units).map(Instant::toString);
        }
        return Optional.empty();
    }

    /** {@code value} in CF {@code units} ("hours since 1900-01-01 00:00:00.0") as an instant. */
    static Optional<Instant> cfTime(double value, String units) {
        Matcher m = CF_UNITS.matcher(units);
        if (!m.matches()) return Optional.empty();
        char u = Character.toLowerCase(m.group(1).charAt(0));
        double secondsPerUnit = switch (u) {
            case 'd' -> 86400;
            case 'h' -> 3600;
            case 'm' -> 60;
            default -> 1;
        };
        LocalDate date = LocalDate.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
        LocalTime time = LocalTime.MIDNIGHT;
        if (m.group(5) != null) {
            double sec = m.group(7) == null ? 0 : Double.parseDouble(m.group(7));
            time = LocalTime.of(Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)), (int) sec,
                    (int) Math.round((sec - Math.floor(sec)) * 1e9));
        }
        ZoneOffset zone = ZoneOffset.UTC;
        String z = m.group(8);
        if (z != null && (z.startsWith("+") || z.startsWith("-"))) {
            String digits = z.replace(":", "");
            int hours = Integer.parseInt(digits.substring(1, Math.min(digits.length(), 3)).replaceAll("\\D", ""));
            int minutes = digits.length() > 3 ? Integer.parseInt(digits.substring(3)) : 0;
            zone = ZoneOffset.ofHoursMinutes(z.startsWith("-") ? -hours : hours, z.startsWith("-") ? -minutes : minutes);
        }
        Instant origin = date.atTime(time).toInstant(zone);
        long nanos = Math.round(value * secondsPerUnit * 1e9);
        return Optional.of(origin.plus(Duration.ofNanos(nanos)));
    }
}
