package org.dunefront.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dunefront.error.DunefrontException;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.RasterSink;
import org.dunefront.grid.RasterSource;

/**
 * How stages open and create raster files: the I/O backend chosen for the run (pure-Java GeoTIFF or
 * GDAL, {@code --io}), passed in the {@link RunContext} so that stages never pick a backend
 * themselves. Implementations must be thread-safe.
 */
public interface RasterFiles {

    RasterSource open(Path file) throws IOException;

    /** A sink writing to a temporary name, moved into place on {@link RasterSink#commit()}. */
    RasterSink create(Path file, GridGeometry grid, DataType type, List<BandInfo> bands) throws IOException;

    /** No raster I/O in this build: any use fails with exit code 1 and says so. */
    RasterFiles UNAVAILABLE = new RasterFiles() {
        @Override
        public RasterSource open(Path file) {
            throw unavailable(file);
        }

        @Override
        public RasterSink create(Path file, GridGeometry grid, DataType type, List<BandInfo> bands) {
            throw unavailable(file);
        }

        private DunefrontException unavailable(Path file) {
            return new DunefrontException(DunefrontException.EXIT_INTERNAL, file.toString(),
                    "raster I/O is not available yet in this build", "Use a build that includes org.dunefront.io", null);
        }
    };
}
