package org.dunefront.io.geotiff;

import java.util.Arrays;
import java.util.zip.Deflater;
import org.dunefront.grid.DataType;
import org.dunefront.io.geotiff.GeoTiffWriteOptions.Compression;

/**
 * Predictor + compression of one tile's bytes, for one file's settings. Pure function of the
 * input bytes (so the output never depends on which thread ran it); thread-safe.
 */
final class TileCodec {
    private final int tileSize;
    private final int bytesPerSample;
    private final Compression compression;
    private final int predictor;
    private final int deflateLevel;

    TileCodec(DataType type, int tileSize, Compression compression, int predictor, int deflateLevel) {
        this.tileSize = tileSize;
        this.bytesPerSample = type.bytesPerSample();
        this.compression = compression;
        this.predictor = predictor;
        this.deflateLevel = deflateLevel;
    }

    /** Encodes {@code raw} (modified in place by the predictor) into the bytes stored in the file. */
    byte[] encode(byte[] raw) {
        if (predictor == 2) TilePredictor.horizontal(raw, tileSize, bytesPerSample);
        else if (predictor == 3) TilePredictor.floatingPoint(raw, tileSize, bytesPerSample);
        return switch (compression) {
            case NONE -> raw;
            case LZW -> LzwEncoder.encode(raw);
            case DEFLATE -> deflate(raw);
        };
    }

    /** zlib stream (RFC 1950), as TIFF's "Adobe Deflate" compression (code 8) stores it. */
    private byte[] deflate(byte[] raw) {
        Deflater d = new Deflater(deflateLevel);
        try {
            d.setInput(raw);
            d.finish();
            byte[] out = new byte[raw.length + raw.length / 1000 + 64];
            int len = 0;
            while (!d.finished()) {
                if (len == out.length) out = Arrays.copyOf(out, out.length * 2);
                len += d.deflate(out, len, out.length - len);
            }
            return Arrays.copyOf(out, len);
        } finally {
            d.end();
        }
    }
}
