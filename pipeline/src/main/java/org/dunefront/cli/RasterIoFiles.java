package org.dunefront.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dunefront.config.DunefrontConfig;
import org.dunefront.config.IoChoice;
import org.dunefront.config.OutputConfig;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.RasterSink;
import org.dunefront.grid.RasterSource;
import org.dunefront.io.IoBackend;
import org.dunefront.io.RasterIO;
import org.dunefront.io.RasterWriteOptions;
import org.dunefront.workflow.RasterFiles;

/**
 * The workflow's {@link RasterFiles} over {@link RasterIO} with the chosen backend (--io / run.io), writing
 * with the {@code output} section's encoding (Deflate level).
 */
record RasterIoFiles(IoBackend backend, RasterWriteOptions writeOptions) implements RasterFiles {

    /** The backend of {@code choice}, writing with the default {@code output} settings. */
    static RasterIoFiles of(IoChoice choice) {
        return of(choice, DunefrontConfig.defaults().output());
    }

    static RasterIoFiles of(IoChoice choice, OutputConfig output) {
        return new RasterIoFiles(IoBackend.valueOf(choice.name()),
                RasterWriteOptions.defaults().withDeflateLevel(output.deflateLevel()));
    }

    @Override
    public RasterSource open(Path file) throws IOException {
        return RasterIO.open(file, backend);
    }

    @Override
    public RasterSink create(Path file, GridGeometry grid, DataType type, List<BandInfo> bands) throws IOException {
        return RasterIO.create(file, grid, type, bands, backend, writeOptions);
    }
}
