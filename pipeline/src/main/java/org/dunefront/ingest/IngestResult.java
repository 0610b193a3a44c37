package org.dunefront.ingest;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dunefront.grid.GridGeometry;

/**
 * What an ingest run produced.
 *
 * @param grid       the study grid every study-grid layer is on
 * @param windGrid   the clipped native wind grid of {@code wind_u.tif} / {@code wind_v.tif}
 * @param files      output file names written into the workspace, in writing order
 * @param numbers    key numbers (cells, river cells, wind steps, ...), names with units
 * @param warnings   fallbacks taken (never silent), in order
 */
public record IngestResult(GridGeometry grid, GridGeometry windGrid, List<String> files, Map<String, Double> numbers,
                           List<String> warnings) {
    public IngestResult {
        files = List.copyOf(files);
        numbers = java.util.Collections.unmodifiableMap(new TreeMap<>(numbers));
        warnings = List.copyOf(warnings);
    }
}
