package org.dunefront.io.gdal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.RasterSink;
import org.dunefront.grid.RasterSource;
import org.dunefront.io.GdalBackend;
import org.dunefront.io.RasterWriteOptions;
import org.dunefront.io.VectorLayer;
import org.dunefront.io.WarpRequest;
import org.gdal.gdal.gdal;

/**
 * The GDAL backend's entry point, instantiated reflectively by {@link org.dunefront.io.RasterIO}
 * once {@code libgdalalljni} is loaded. Registers GDAL's drivers on construction.
 */
public final class GdalBackendProvider implements GdalBackend {
    private final String version;

    public GdalBackendProvider() {
        gdal.AllRegister();
        version = gdal.VersionInfo("RELEASE_NAME");
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public RasterSource open(String name) {
        return new GdalRasterSource(name, () -> { });
    }

    @Override
    public RasterSink create(Path file, GridGeometry grid, DataType type, List<BandInfo> bands, RasterWriteOptions options)
            throws IOException {
        return new GdalRasterSink(file, grid, type, bands, options);
    }

    @Override
    public List<String> vectorLayerNames(Path file) {
        return GdalVectorReader.layerNames(file);
    }

    @Override
    public VectorLayer readVector(Path file, String layer) {
        return GdalVectorReader.read(file, layer);
    }

    @Override
    public RasterSource warp(String source, WarpRequest request) {
        return GdalWarper.warp(source, request);
    }
}
