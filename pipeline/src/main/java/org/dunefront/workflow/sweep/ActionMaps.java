package org.dunefront.workflow.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the plan's per-cell action map of a run and writes the sweep's stability raster; provided
 * by the caller because it needs a raster reader and writer (the CLI passes the GeoTIFF
 * implementation). {@link #NONE} skips the stability raster.
 */
public interface ActionMaps {

    /** The action map of one run's plan folder, as action codes per cell (row-major), or null when absent. */
    int[] read(Path planDir) throws IOException;

    /**
     * Writes one band per action (fraction of runs, 0–1) plus a first band for "any action" to
     * {@code file}, on the grid of {@code referencePlanDir}'s action map.
     */
    void writeStability(Path file, Path referencePlanDir, List<String> bandNames, List<float[]> bands) throws IOException;

    /** Highest action code. */
    int maxAction();

    /** Name of action {@code code} (1-based) for band descriptions. */
    String actionName(int code);

    ActionMaps NONE = new ActionMaps() {
        @Override public int[] read(Path planDir) { return null; }
        @Override public void writeStability(Path f, Path r, List<String> n, List<float[]> b) { }
        @Override public int maxAction() { return 0; }
        @Override public String actionName(int code) { return "action" + code; }
    };
}
