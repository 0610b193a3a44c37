package org.dunefront.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dunefront.error.ConfigurationException;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.RasterSink;
import org.dunefront.grid.RasterSource;
import org.dunefront.io.geotiff.GeoTiffReader;

/** The pure-Java backend behind {@link RasterIO}: Dunefront's GeoTIFF reader/writer and GeoPackage reader. */
final class JavaBackend {
    private JavaBackend() { }

    static RasterSource open(Path file) throws IOException {
        return GeoTiffReader.open(file);
    }

    static RasterSink create(Path file, GridGeometry grid, DataType type, List<BandInfo> bands,
                             RasterWriteOptions options) throws IOException {
        throw notYet("writing " + file);
    }

    static VectorLayer readVector(Path file, String layer) {
        throw notYet("reading vectors from " + file);
    }

    private static ConfigurationException notYet(String what) {
        return new ConfigurationException("--io java", "the pure-Java backend is not in this build yet (" + what + ")",
                "Use --io gdal");
    }
}
