package org.dunefront.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.RasterSink;
import org.dunefront.grid.RasterSource;
import org.dunefront.io.geotiff.GeoTiffReader;
import org.dunefront.io.geotiff.GeoTiffWriteOptions;
import org.dunefront.io.geotiff.GeoTiffWriter;
import org.dunefront.workflow.RasterFiles;

/**
 * The workflow's raster files through the pure-Java GeoTIFF codec (tiled, deterministic). Seam: once
 * {@code io.RasterIO} lands this gives way to the {@code --io} backend.
 */
final class GeoTiffFiles implements RasterFiles {
    static final GeoTiffFiles INSTANCE = new GeoTiffFiles();

    @Override
    public RasterSource open(Path file) throws IOException {
        return GeoTiffReader.open(file);
    }

    @Override
    public RasterSink create(Path file, GridGeometry grid, DataType type, List<BandInfo> bands) throws IOException {
        return GeoTiffWriter.create(file, grid, type, bands, GeoTiffWriteOptions.defaults());
    }
}
