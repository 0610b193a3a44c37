package org.dunefront.workflow.stages;

import org.dunefront.config.ConfigLoader;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.RasterSink;
import org.dunefront.grid.RasterSource;
import org.dunefront.io.geotiff.GeoTiffReader;
import org.dunefront.io.geotiff.GeoTiffWriteOptions;
import org.dunefront.io.geotiff.GeoTiffWriter;
import org.dunefront.workflow.RasterFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Test fixture: the pure-Java GeoTIFF reader and writer as the stages' {@link RasterFiles}, writing at the
 * configuration's default {@code output.deflateLevel} like {@code cli.RasterIoFiles}, so that files a test writes
 * itself are byte-comparable with those of a stage run on the default configuration.
 */
final class GeoTiffTestFiles implements RasterFiles {
    static final RasterFiles INSTANCE = new GeoTiffTestFiles();
    private static final GeoTiffWriteOptions OPTIONS =
            GeoTiffWriteOptions.defaults().withDeflateLevel(ConfigLoader.defaults().output().deflateLevel());

    private GeoTiffTestFiles() {
    }

    @Override
    public RasterSource open(Path file) throws IOException {
        return GeoTiffReader.open(file);
    }

    @Override
    public RasterSink create(Path file, GridGeometry grid, DataType type, List<BandInfo> bands) throws IOException {
        return GeoTiffWriter.create(file, grid, type, bands, OPTIONS);
    }
}
