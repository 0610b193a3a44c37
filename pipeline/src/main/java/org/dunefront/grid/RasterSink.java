package org.dunefront.grid;

import java.io.IOException;

/**
 * Write access to a raster being created. Blocks may be written in any order and from several
 * threads; the sink guarantees the file is complete only after {@link #commit()}, which moves it
 * from a temporary name into place. {@link #close()} without commit deletes the partial file
 * (nothing half-written is ever left under the final name).
 */
public interface RasterSink extends AutoCloseable {

    GridGeometry grid();

    int bandCount();

    DataType dataType();

    /** Writes a block for band {@code band}; the window must lie inside the grid. */
    void write(int band, RasterBlock block) throws IOException;

    /** Finishes the file and moves it into place. */
    void commit() throws IOException;

    /** Releases resources; deletes the temporary file if {@link #commit()} was not called. */
    @Override
    void close() throws IOException;
}
