package org.dunefront.io.geotiff;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.dunefront.error.InputDataException;

/**
 * An open TIFF file: its channel, byte order and flavour (classic or BigTIFF). All reads are
 * positional ({@link FileChannel#read(ByteBuffer, long)}), so one instance serves many threads.
 */
final class TiffFile implements Closeable {
    private final Path path;
    private final FileChannel channel;
    private final long size;
    private final ByteOrder order;
    private final boolean bigTiff;
    private final long firstIfdOffset;

    private TiffFile(Path path, FileChannel channel, long size, ByteOrder order, boolean bigTiff, long firstIfd) {
        this.path = path;
        this.channel = channel;
        this.size = size;
        this.order = order;
        this.bigTiff = bigTiff;
        this.firstIfdOffset = firstIfd;
    }

    /** Opens {@code path} and checks the TIFF header (byte order, magic 42 or 43). */
    static TiffFile open(Path path) throws IOException {
        FileChannel ch = FileChannel.open(path, StandardOpenOption.READ);
        try {
            long size = ch.size();
            ByteBuffer head = ByteBuffer.allocate(16);
            readFully(ch, head, 0);
            head.flip();
            if (head.remaining() < 8) throw notTiff(path, "the file is only " + size + " bytes long");
            byte b0 = head.get(0), b1 = head.get(1);
            ByteOrder order;
            if (b0 == 'I' && b1 == 'I') order = ByteOrder.LITTLE_ENDIAN;
            else if (b0 == 'M' && b1 == 'M') order = ByteOrder.BIG_ENDIAN;
            else throw notTiff(path, "it does not start with a TIFF byte-order mark (II or MM)");
            head.order(order);
            int magic = head.getShort(2) & 0xFFFF;
            long first;
            boolean big;
            if (magic == 42) {
                big = false;
                first = head.getInt(4) & 0xFFFFFFFFL;
            } else if (magic == 43) {
                if (head.remaining() < 16 || head.getShort(4) != 8) {
                    throw notTiff(path, "its BigTIFF header is malformed");
                }
                big = true;
                first = head.getLong(8);
            } else {
                throw notTiff(path, "its TIFF magic number is " + magic + " instead of 42 (TIFF) or 43 (BigTIFF)");
            }
            if (first < 8 || first >= size) {
                throw new InputDataException(path.toString(),
                        "the first image directory offset " + first + " lies outside the file (" + size
                                + " bytes); the file is truncated or corrupt",
                        "Re-download or re-export the file");
            }
            return new TiffFile(path, ch, size, order, big, first);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    private static InputDataException notTiff(Path path, String why) {
        return new InputDataException(path.toString(), "not a TIFF/GeoTIFF file: " + why,
                "Give a GeoTIFF (.tif), or use --io gdal for other formats, or convert with "
                        + "gdal_translate -of GTiff");
    }

    private static void readFully(FileChannel ch, ByteBuffer buf, long pos) throws IOException {
        while (buf.hasRemaining()) {
            int n = ch.read(buf, pos);
            if (n < 0) break;
            pos += n;
        }
    }

    /** Reads {@code length} bytes at {@code offset}; a range beyond the end of the file is an input error. */
    ByteBuffer read(long offset, int length, String what) throws IOException {
        if (offset < 0 || length < 0 || offset + length > size) {
            throw truncated(what + " at byte " + offset + " (+" + length + ")");
        }
        ByteBuffer buf = ByteBuffer.allocate(length).order(order);
        readFully(channel, buf, offset);
        if (buf.hasRemaining()) throw truncated(what + " at byte " + offset);
        buf.flip();
        return buf;
    }

    InputDataException truncated(String what) {
        return new InputDataException(path.toString(),
                "the file is truncated or corrupt: " + what + " lies beyond the end of the file (" + size + " bytes)",
                "Re-download or re-export the file (gdalinfo will report the same damage)");
    }

    Path path() { return path; }
    String name() { return path.toString(); }
    long size() { return size; }
    ByteOrder order() { return order; }
    boolean isBigTiff() { return bigTiff; }
    long firstIfdOffset() { return firstIfdOffset; }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
