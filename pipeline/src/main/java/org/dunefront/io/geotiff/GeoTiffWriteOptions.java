package org.dunefront.io.geotiff;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How {@link GeoTiffWriter} encodes a GeoTIFF.
 *
 * @param tileSize     tile width and height in cells (multiple of 16, TIFF requirement; default 512)
 * @param compression  tile compression (default {@link Compression#DEFLATE})
 * @param deflateLevel Deflate level 1 (fastest) .. 9 (smallest), libdeflate's levels, used with Deflate (default 6, as GDAL's ZLEVEL)
 * @param predictor    predictor applied before compression (default {@link Predictor#AUTO})
 * @param bigTiff      classic TIFF or BigTIFF (default {@link BigTiffMode#AUTO})
 * @param threads      number of compression threads (≥ 1; default all cores); never changes the bytes written
 * @param metadata     dataset metadata items written to the GDAL_METADATA tag (sorted by key)
 */
public record GeoTiffWriteOptions(int tileSize, Compression compression, int deflateLevel, Predictor predictor,
                                  BigTiffMode bigTiff, int threads, Map<String, String> metadata) {

    /** Tile compression schemes (TIFF Compression tag values 1, 8 and 5). */
    public enum Compression {
        NONE(1), DEFLATE(8), LZW(5);

        private final int tiffCode;

        Compression(int tiffCode) {
            this.tiffCode = tiffCode;
        }

        int tiffCode() {
            return tiffCode;
        }
    }

    /**
     * Predictors of the TIFF 6.0 specification (section 14, horizontal differencing) and of Adobe's
     * TIFF Technical Note 3 (floating-point predictor, as libtiff implements it).
     */
    public enum Predictor {
        /** Horizontal for integer types, floating-point for float types; none without compression. */
        AUTO,
        NONE,
        HORIZONTAL,
        FLOATING_POINT
    }

    /** Whether the file is a classic TIFF (32-bit offsets, ≤ 4 GiB) or a BigTIFF (64-bit offsets). */
    public enum BigTiffMode {
        /** BigTIFF when the estimated (uncompressed) size exceeds what classic TIFF can address. */
        AUTO,
        YES,
        NO
    }

    public static final int DEFAULT_TILE_SIZE = 512;

    public GeoTiffWriteOptions {
        if (tileSize < 16 || tileSize % 16 != 0 || tileSize > 16384) {
            throw new IllegalArgumentException("tileSize must be a multiple of 16 in [16, 16384], got " + tileSize);
        }
        Objects.requireNonNull(compression, "compression");
        Objects.requireNonNull(predictor, "predictor");
        Objects.requireNonNull(bigTiff, "bigTiff");
        if (deflateLevel < 1 || deflateLevel > 9) {
            throw new IllegalArgumentException("deflateLevel must be in 1..9, got " + deflateLevel);
        }
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        metadata = metadata == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(metadata));
    }

    /** 512-cell tiles, Deflate level 6, automatic predictor and BigTIFF, all cores, no metadata. */
    public static GeoTiffWriteOptions defaults() {
        return new GeoTiffWriteOptions(DEFAULT_TILE_SIZE, Compression.DEFLATE, 6, Predictor.AUTO, BigTiffMode.AUTO,
                Runtime.getRuntime().availableProcessors(), Map.of());
    }

    public GeoTiffWriteOptions withTileSize(int t) {
        return new GeoTiffWriteOptions(t, compression, deflateLevel, predictor, bigTiff, threads, metadata);
    }

    public GeoTiffWriteOptions withCompression(Compression c) {
        return new GeoTiffWriteOptions(tileSize, c, deflateLevel, predictor, bigTiff, threads, metadata);
    }

    public GeoTiffWriteOptions withDeflateLevel(int level) {
        return new GeoTiffWriteOptions(tileSize, compression, level, predictor, bigTiff, threads, metadata);
    }

    public GeoTiffWriteOptions withPredictor(Predictor p) {
        return new GeoTiffWriteOptions(tileSize, compression, deflateLevel, p, bigTiff, threads, metadata);
    }

    public GeoTiffWriteOptions withBigTiff(BigTiffMode b) {
        return new GeoTiffWriteOptions(tileSize, compression, deflateLevel, predictor, b, threads, metadata);
    }

    public GeoTiffWriteOptions withThreads(int n) {
        return new GeoTiffWriteOptions(tileSize, compression, deflateLevel, predictor, bigTiff, n, metadata);
    }

    public GeoTiffWriteOptions withMetadata(Map<String, String> m) {
        return new GeoTiffWriteOptions(tileSize, compression, deflateLevel, predictor, bigTiff, threads, m);
    }

    /** TIFF Predictor tag value (1, 2 or 3) actually used for {@code floating} samples. */
    int predictorCode(boolean floating) {
        return switch (predictor) {
            case AUTO -> compression == Compression.NONE ? 1 : (floating ? 3 : 2);
            case NONE -> 1;
            case HORIZONTAL -> 2;
            case FLOATING_POINT -> {
                if (!floating) throw new IllegalArgumentException("The floating-point predictor needs float32 or float64 samples");
                yield 3;
            }
        };
    }
}
