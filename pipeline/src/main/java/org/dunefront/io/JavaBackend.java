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
import org.dunefront.io.geotiff.GeoTiffWriteOptions;
import org.dunefront.io.geotiff.GeoTiffWriter;
import org.dunefront.io.gpkg.GeoPackageReader;

/**
 * The pure-Java backend behind {@link RasterIO}: Dunefront's GeoTIFF reader and writer
 * ({@code io.geotiff}) and GeoPackage reader ({@code io.gpkg}). What only GDAL offers (COG layout,
 * ZSTD, other vector formats) is refused with a message naming {@code --io gdal}.
 */
final class JavaBackend {
    private JavaBackend() { }

    static RasterSource open(Path file) throws IOException {
        return GeoTiffReader.open(file);
    }

    static RasterSink create(Path file, GridGeometry grid, DataType type, List<BandInfo> bands,
                             RasterWriteOptions options) throws IOException {
        return GeoTiffWriter.create(file, grid, type, bands, writeOptions(options));
    }

    /** The backend-neutral options in the pure-Java writer's terms; COG layout and ZSTD need GDAL. */
    static GeoTiffWriteOptions writeOptions(RasterWriteOptions o) {
        if (o.layout() == RasterWriteOptions.Layout.COG) throw needsGdal("Cloud-Optimized GeoTIFF output");
        GeoTiffWriteOptions.Compression c = switch (o.compression()) {
            case NONE -> GeoTiffWriteOptions.Compression.NONE;
            case DEFLATE -> GeoTiffWriteOptions.Compression.DEFLATE;
            case LZW -> GeoTiffWriteOptions.Compression.LZW;
            case ZSTD -> throw needsGdal("ZSTD compression");
        };
        return GeoTiffWriteOptions.defaults().withTileSize(o.tileSize()).withCompression(c).withMetadata(o.metadata())
                .withDeflateLevel(o.deflateLevel());
    }

    /** GeoPackages only ({@code layer} null: the first layer, as OGR does); other vector formats need GDAL. */
    static VectorLayer readVector(Path file, String layer) {
        if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gpkg")) {
            throw needsGdal("reading " + file.getFileName() + " (the pure-Java backend reads vectors from GeoPackages only)");
        }
        if (layer != null) return GeoPackageReader.read(file, layer);
        List<String> names = GeoPackageReader.layerNames(file);
        return names.isEmpty() ? GeoPackageReader.readSingle(file) : GeoPackageReader.read(file, names.get(0));
    }

    private static ConfigurationException needsGdal(String what) {
        return new ConfigurationException("--io java", what + " needs the GDAL backend",
                "Use --io gdal (or auto) after installing it: " + GdalAvailability.howToInstall().replace("; or use --io java", ""));
    }
}
