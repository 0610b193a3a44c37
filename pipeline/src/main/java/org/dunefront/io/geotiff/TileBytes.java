package org.dunefront.io.geotiff;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.dunefront.grid.DataType;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.Window;

/**
 * The uncompressed bytes of one TIFF tile: {@code tileSize × tileSize} little-endian samples,
 * row-major; cells of an edge tile beyond the grid are padding (the band's fill value).
 */
final class TileBytes {
    private TileBytes() { }

    /** A tile filled with {@code fill} (rounded and clamped for integer types, like {@link RasterBlock#set}). */
    static byte[] filled(DataType type, int tileSize, double fill) {
        int bps = type.bytesPerSample();
        byte[] out = new byte[tileSize * tileSize * bps];
        RasterBlock one = RasterBlock.create(type, new Window(0, 0, 1, 1), org.dunefront.grid.NoData.NONE);
        one.set(0, 0, fill);
        byte[] sample = new byte[bps];
        copy(one, new Window(0, 0, 1, 1), 1, sample);
        boolean zero = true;
        for (byte b : sample) zero &= b == 0;
        if (zero) return out;
        System.arraycopy(sample, 0, out, 0, bps);
        for (int filledLen = bps; filledLen < out.length; filledLen *= 2) {
            System.arraycopy(out, 0, out, filledLen, Math.min(filledLen, out.length - filledLen));
        }
        return out;
    }

    /**
     * Copies the overlap of {@code src} and {@code tile} (grid coordinates) into {@code dst}, the
     * bytes of the tile whose upper-left cell is {@code tile}'s origin.
     *
     * @return number of cells copied
     */
    static long copy(RasterBlock src, Window tile, int tileSize, byte[] dst) {
        Window o = src.window().intersect(tile);
        if (o.isEmpty()) return 0;
        Window sw = src.window();
        ByteBuffer bb = ByteBuffer.wrap(dst).order(ByteOrder.LITTLE_ENDIAN);
        java.nio.Buffer view = src instanceof RasterBlock.Shorts ? bb.asShortBuffer()
                : src instanceof RasterBlock.Ints ? bb.asIntBuffer()
                : src instanceof RasterBlock.Floats ? bb.asFloatBuffer()
                : src instanceof RasterBlock.Doubles ? bb.asDoubleBuffer() : null;
        for (int r = o.row(); r < o.endRow(); r++) {
            int srcOff = (r - sw.row()) * sw.width() + (o.col() - sw.col());
            int dstIdx = (r - tile.row()) * tileSize + (o.col() - tile.col());
            int n = o.width();
            if (src instanceof RasterBlock.Bytes b) {
                System.arraycopy(b.data(), srcOff, dst, dstIdx, n);
            } else if (src instanceof RasterBlock.Shorts s) {
                ((java.nio.ShortBuffer) view).put(dstIdx, s.data(), srcOff, n);
            } else if (src instanceof RasterBlock.Ints i) {
                ((java.nio.IntBuffer) view).put(dstIdx, i.data(), srcOff, n);
            } else if (src instanceof RasterBlock.Floats f) {
                ((java.nio.FloatBuffer) view).put(dstIdx, f.data(), srcOff, n);
            } else if (src instanceof RasterBlock.Doubles d) {
                ((java.nio.DoubleBuffer) view).put(dstIdx, d.data(), srcOff, n);
            }
        }
        return o.cellCount();
    }
}
