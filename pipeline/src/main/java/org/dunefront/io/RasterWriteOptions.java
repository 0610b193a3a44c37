package org.dunefront.io;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Backend-neutral encoding options for rasters Dunefront writes.
 *
 * @param layout      tiled GeoTIFF or Cloud-Optimized GeoTIFF
 * @param compression tile compression
 * @param tileSize    tile width and height in cells (multiple of 16)
 * @param metadata    dataset metadata items (sorted by key)
 * @param deflateLevel Deflate level 1 (fastest) .. 9 (smallest), used with {@link Compression#DEFLATE}
 *                    (GDAL's {@code ZLEVEL}; default 6, GDAL's default); never changes the cells
 */
public record RasterWriteOptions(Layout layout, Compression compression, int tileSize, Map<String, String> metadata,
                                 int deflateLevel) {

    /** GDAL's default {@code ZLEVEL}. */
    public static final int DEFAULT_DEFLATE_LEVEL = 6;

    /** File layout. */
    public enum Layout {
        /** A tiled GeoTIFF (BigTIFF when needed). */
        GEOTIFF,
        /** A Cloud-Optimized GeoTIFF: tiles and overviews ordered for HTTP range reads (GDAL backend only). */
        COG
    }

    /** Tile compression. ZSTD needs the GDAL backend. */
    public enum Compression { NONE, DEFLATE, LZW, ZSTD }

    public RasterWriteOptions {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(compression, "compression");
        if (tileSize < 16 || tileSize % 16 != 0 || tileSize > 16384) {
            throw new IllegalArgumentException("tileSize must be a multiple of 16 in [16, 16384], got " + tileSize);
        }
        if (deflateLevel < 1 || deflateLevel > 9) {
            throw new IllegalArgumentException("deflateLevel must be in 1..9, got " + deflateLevel);
        }
        metadata = metadata == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(metadata));
    }

    /** Tiled GeoTIFF, 512-cell tiles, Deflate level 6, no metadata. */
    public static RasterWriteOptions defaults() {
        return new RasterWriteOptions(Layout.GEOTIFF, Compression.DEFLATE, 512, Map.of(), DEFAULT_DEFLATE_LEVEL);
    }

    public RasterWriteOptions withLayout(Layout l) {
        return new RasterWriteOptions(l, compression, tileSize, metadata, deflateLevel);
    }

    public RasterWriteOptions withCompression(Compression c) {
        return new RasterWriteOptions(layout, c, tileSize, metadata, deflateLevel);
    }

    public RasterWriteOptions withTileSize(int t) {
        return new RasterWriteOptions(layout, compression, t, metadata, deflateLevel);
    }

    public RasterWriteOptions withMetadata(Map<String, String> m) {
        return new RasterWriteOptions(layout, compression, tileSize, m, deflateLevel);
    }

    public RasterWriteOptions withDeflateLevel(int level) {
        return new RasterWriteOptions(layout, compression, tileSize, metadata, level);
    }
}
