package org.dunefront.workflow.stages;

import java.io.IOException;

/**
 * Rasters the drift stage's fused study-grid pass writes: each tile is computed once and handed to
 * every output, which writes its window to its open sinks (compressed on the sinks' pools, laid out
 * in file order whatever the order of the tiles). {@link #write} is called from several threads.
 */
interface StudyTileOutput extends AutoCloseable {
    void write(StudyTile tile) throws IOException;

    /** Finishes every file (all tiles written). */
    void commit() throws IOException;

    /** Deletes unfinished files. */
    @Override
    void close() throws IOException;
}
