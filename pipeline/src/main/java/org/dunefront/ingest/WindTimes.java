package org.dunefront.ingest;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dunefront.error.InputDataException;
import org.dunefront.grid.RasterSource;

/**
 * The time axis of a wind raster: the {@code time} item of every band's metadata (ISO 8601, as the
 * sample basin and {@code gdal_edit -mo} write it). Rules:
 * <ul>
 *   <li>several bands: every band must carry {@code time} (else an error listing the bands without one);</li>
 *   <li>a single band (a snapshot, e.g. one ERA5 hour) without band {@code time}: the dataset metadata item
 *       {@code time}/{@code TIME}, else the first ISO date-time found in a dataset metadata value (ERA5 exports
 *       keep it in {@code SOURCE}: "… 1995-07-14T12 UTC …") is used, with a warning; without any, the snapshot
 *       is kept with time "unknown" and a warning.</li>
 * </ul>
 */
final class WindTimes {
    static final String TIME_KEY = "time";
    static final String UNKNOWN = "unknown";
    private static final Pattern ISO = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2})(?::(\\d{2}))?(?::(\\d{2}))?");

    private WindTimes() { }

    /** One timestamp per band (ISO 8601 text, or {@link #UNKNOWN} for a timeless single snapshot). */
    static List<String> of(RasterSource src, String file, Consumer<String> warnings) {
        int n = src.bandCount();
        List<String> times = new ArrayList<>(n);
        List<Integer> missing = new ArrayList<>();
        for (int b = 0; b < n; b++) {
            Map<String, String> md = src.bandInfo(b).metadata();
            String t = md.getOrDefault(TIME_KEY, md.get("TIME"));
            if (t == null || t.isBlank()) missing.add(b + 1);
            times.add(t == null ? null : t.trim());
        }
        if (missing.isEmpty()) return times;
        if (n > 1) {
            String list = missing.size() > 10 ? missing.subList(0, 10) + " … (" + missing.size() + " bands)" : missing.toString();
            throw new InputDataException(file, "missing timestamps: bands " + list + " of " + n
                    + " have no 'time' metadata item", "Give every band its ISO 8601 time, e.g. gdal_edit.py -mo time=2020-03-01T06:00:00Z"
                    + " per band (or write the file with band metadata 'time'), so that wind statistics can weight the steps");
        }
        Optional<String> found = datasetTime(src.metadata());
        if (found.isPresent()) {
            warnings.accept(file + ": single wind snapshot without band 'time' metadata; using the time " + found.get()
                    + " found in the dataset metadata (set band metadata 'time' to make it explicit)");
            return List.of(found.get());
        }
        warnings.accept(file + ": single wind snapshot without any timestamp; it is used as one representative observation"
                + " with time 'unknown' (set band metadata 'time', e.g. gdal_edit.py -mo time=2020-03-01T06:00:00Z)");
        return List.of(UNKNOWN);
    }

    static Optional<String> datasetTime(Map<String, String> metadata) {
        for (String k : List.of(TIME_KEY, "TIME")) {
            String v = metadata.get(k);
            if (v != null && !v.isBlank()) return Optional.of(v.trim());
        }
        for (Map.Entry<String, String> e : metadata.entrySet()) {
            Matcher m = ISO.matcher(e.getValue());
            if (m.find()) {
                try {
                    LocalDateTime t = LocalDateTime.parse(String.format(Locale.ROOT, "%sT%s:%s:%s", m.group(1), m.group(2),
                            m.group(3) == null ? "00" : m.group(3), m.group(4) == null ? "00" : m.group(4)));
                    return Optional.of(t.toInstant(ZoneOffset.UTC).toString());
                } catch (DateTimeParseException ignored) {
                    // not a real date: keep looking
                }
            }
        }
        return Optional.empty();
    }
}
