package org.dunefront.io.geotiff;

import static org.dunefront.io.geotiff.TiffTags.*;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.dunefront.error.OutputException;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.ProgressListener;
import org.dunefront.grid.RasterSink;
import org.dunefront.grid.RasterSource;
import org.dunefront.grid.TileScheme;
import org.dunefront.grid.TiledExecutor;

/**
 * Writes tiled, compressed GeoTIFFs, streaming (Deflate tiles by libdeflate through a JNI shim, see
 * {@code TileCodec}): blocks arrive in any order and from
 * any thread, tiles are compressed in parallel and laid out in tile order, so the same data always
 * give the same bytes (no timestamps either). Little-endian; multi-band files are band-separate
 * (PlanarConfiguration = 2), which lets each band stream independently. The file is written to a
 * hidden temporary name in the target directory and moved into place by {@code commit()}.
 *
 * <p>What GDAL sees: nodata (GDAL_NODATA, band 1's value), scale/offset/unit/description and band
 * and dataset metadata items (GDAL_METADATA), a colour table for single-band uint8/uint16 with a
 * palette (TIFF ColorMap), category names in a PAM sidecar {@code <file>.aux.xml}, and the CRS
 * as GeoKeys (see {@link GeoKeyEncoder}). See docs/geotiff-writer.md.
 */
public final class GeoTiffWriter {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Encoded tiles finished ahead of their turn kept in memory (beyond: spill file). */
    private static final long REORDER_MEMORY_BYTES = 64L << 20;

    /**
     * Dataset metadata items that describe how a source file was stored (reported by the reader),
     * not the data: {@link #copy} does not carry them over, the new file has its own structure.
     */
    static final java.util.Set<String> STRUCTURAL_KEYS = java.util.Set.of("AREA_OR_POINT", "COMPRESSION", "PREDICTOR",
            "INTERLEAVE", "LAYOUT", "TIFF_FLAVOUR", "GEOREFERENCING");

    private GeoTiffWriter() { }

    /** A sink writing a tiled GeoTIFF at {@code file} (temp name in the same directory, moved into place on commit()). */
    public static RasterSink create(Path file, GridGeometry grid, DataType type, List<BandInfo> bands,
                                    GeoTiffWriteOptions options) throws IOException {
        return create(file, grid, type, bands, options, REORDER_MEMORY_BYTES);
    }

    /** As {@link #create}, holding at most {@code reorderMemoryBytes} of early tiles in memory before spilling. */
    static RasterSink create(Path file, GridGeometry grid, DataType type, List<BandInfo> bands,
                             GeoTiffWriteOptions options, long reorderMemoryBytes) throws IOException {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(options, "options");
        if (bands == null || bands.isEmpty()) throw new IllegalArgumentException("A GeoTIFF needs at least one band");
        if (bands.size() > 65535) throw new IllegalArgumentException("Too many bands: " + bands.size());
        if (options.compression() == GeoTiffWriteOptions.Compression.DEFLATE) TileCodec.requireDeflateEncoder();
        Path target = file.toAbsolutePath().normalize();
        boolean colorMap = hasTiffColorMap(type, bands);
        TiffDirectory dir = directory(target, grid, type, bands, options, colorMap);
        String pam = GdalMetadataXml.pam(bands, colorMap);

        Path parent = target.getParent();
        String name = target.getFileName().toString();
        if (Files.isDirectory(target)) {
            throw new OutputException(target.toString(), "is a directory, not a file name",
                    "Give the output a file name such as " + target.resolve("out.tif"), null);
        }
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new OutputException(target.toString(), "cannot create the output directory " + parent + " (" + e + ")",
                    "Choose an output path in a writable directory", e);
        }
        byte[] random = new byte[6];
        RANDOM.nextBytes(random);
        String suffix = HexFormat.of().formatHex(random);
        Path temp = parent.resolve("." + name + ".tmp-" + suffix);
        Path spill = parent.resolve("." + name + ".spill-" + suffix);
        FileChannel channel;
        try {
            channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("temporary file name collision: " + temp, e);
        } catch (IOException e) {
            throw new OutputException(target.toString(), "cannot create a file in " + parent + " (" + e + ")",
                    "Choose a writable output directory or fix its permissions", e);
        }
        return new TiledTiffSink(target, temp, spill, channel, grid, type, bands, options, dir, pam, reorderMemoryBytes);
    }

    /** Copies a whole source to a GeoTIFF, tile by tile (streaming). */
    public static void copy(RasterSource src, Path file, GeoTiffWriteOptions options, ProgressListener progress)
            throws IOException {
        List<BandInfo> bands = new ArrayList<>();
        for (int b = 0; b < src.bandCount(); b++) bands.add(src.bandInfo(b));
        Map<String, String> metadata = new TreeMap<>(src.metadata());
        metadata.keySet().removeAll(STRUCTURAL_KEYS);
        metadata.putAll(options.metadata());
        GeoTiffWriteOptions o = options.withMetadata(metadata);
        String message = "Writing " + file.getFileName();
        try (RasterSink sink = create(file, src.grid(), src.dataType(), bands, o);
             TiledExecutor executor = new TiledExecutor(o.threads())) {
            try {
                executor.run(TileScheme.of(src.grid(), o.tileSize()), w -> {
                    for (int b = 0; b < bands.size(); b++) sink.write(b, src.read(b, w));
                }, progress.scaled(0, 0.98), message);
            } catch (TiledExecutor.TileJobException e) {
                if (e.getCause() instanceof IOException io) throw io;
                throw e;
            }
            sink.commit();
        }
        progress.reportOrCancel(1, message);
    }

    /** Whether band 1's palette goes into a TIFF ColorMap (single-band uint8/uint16 only). */
    static boolean hasTiffColorMap(DataType type, List<BandInfo> bands) {
        return bands.size() == 1 && !bands.get(0).palette().isEmpty()
                && (type == DataType.UINT8 || type == DataType.UINT16);
    }

    /** BigTIFF when asked, or (AUTO) when the uncompressed size plus a margin exceeds 4 GiB. */
    static boolean useBigTiff(GridGeometry grid, DataType type, int bandCount, GeoTiffWriteOptions options) {
        return switch (options.bigTiff()) {
            case YES -> true;
            case NO -> false;
            case AUTO -> {
                TileScheme s = TileScheme.of(grid, options.tileSize());
                long tiles = (long) s.tileCount() * bandCount;
                long raw = tiles * options.tileSize() * options.tileSize() * type.bytesPerSample();
                long estimate = raw + raw / 100 + tiles * 64 + (1L << 20);
                yield estimate > 0xFFFFFFFFL;
            }
        };
    }

    private static TiffDirectory directory(Path target, GridGeometry grid, DataType type, List<BandInfo> bands,
                                           GeoTiffWriteOptions options, boolean colorMap) {
        int n = bands.size();
        int tileCount = TileScheme.of(grid, options.tileSize()).tileCount() * n;
        TiffDirectory dir = new TiffDirectory(useBigTiff(grid, type, n, options), tileCount);
        dir.longValue(IMAGE_WIDTH, grid.width());
        dir.longValue(IMAGE_LENGTH, grid.height());
        dir.shorts(BITS_PER_SAMPLE, repeat(8 * type.bytesPerSample(), n));
        dir.shorts(COMPRESSION, options.compression().tiffCode());
        dir.shorts(PHOTOMETRIC_INTERPRETATION, colorMap ? PHOTOMETRIC_PALETTE : PHOTOMETRIC_MIN_IS_BLACK);
        dir.shorts(SAMPLES_PER_PIXEL, n);
        dir.shorts(PLANAR_CONFIGURATION, n == 1 ? 1 : 2);
        int predictor = options.predictorCode(type.isFloatingPoint());
        if (predictor != 1) dir.shorts(PREDICTOR, predictor);
        if (colorMap) dir.shorts(COLOR_MAP, colorMap(type, bands.get(0).palette()));
        dir.longValue(TILE_WIDTH, options.tileSize());
        dir.longValue(TILE_LENGTH, options.tileSize());
        if (n > 1) dir.shorts(EXTRA_SAMPLES, repeat(0, n - 1));
        dir.shorts(SAMPLE_FORMAT, repeat(sampleFormat(type), n));
        GeoKeyEncoder.transformTags(grid.transform(), dir);
        try {
            GeoKeyEncoder.geoKeyTags(GeoKeyEncoder.encode(grid.crs()), dir);
        } catch (org.opengis.util.FactoryException | RuntimeException e) {
            throw new OutputException(target.toString(), "cannot encode the CRS " + grid.crs().label()
                    + " as GeoTIFF keys (" + e.getMessage() + ")",
                    "Give the grid a CRS with an EPSG code, or a WKT that Apache SIS can parse", e);
        }
        String xml = GdalMetadataXml.metadata(options.metadata(), bands);
        if (!xml.isEmpty()) dir.ascii(GDAL_METADATA, xml);
        if (bands.get(0).noData().present()) dir.ascii(GDAL_NODATA, GdalMetadataXml.noData(bands.get(0).noData().value()));
        return dir;
    }

    private static int sampleFormat(DataType type) {
        return switch (type) {
            case UINT8, UINT16 -> 1;
            case INT8, INT16, INT32 -> 2;
            case FLOAT32, FLOAT64 -> 3;
        };
    }

    /** TIFF ColorMap: all reds, then greens, then blues, 16-bit (8-bit value × 257). */
    private static int[] colorMap(DataType type, List<Integer> argb) {
        int size = 1 << (8 * type.bytesPerSample());
        int[] map = new int[3 * size];
        for (int i = 0; i < Math.min(size, argb.size()); i++) {
            int c = argb.get(i);
            map[i] = ((c >> 16) & 0xFF) * 257;
            map[size + i] = ((c >> 8) & 0xFF) * 257;
            map[2 * size + i] = (c & 0xFF) * 257;
        }
        return map;
    }

    private static int[] repeat(int v, int n) {
        int[] a = new int[n];
        java.util.Arrays.fill(a, v);
        return a;
    }
}
