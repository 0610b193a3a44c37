package org.dunefront.io.geotiff;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.dunefront.error.InputDataException;

/**
 * Parses image file directories (classic TIFF: 12-byte entries, 4-byte offsets; BigTIFF: 20-byte
 * entries, 8-byte offsets) and picks the first full-resolution image, skipping overviews and masks.
 */
final class IfdReader {
    /** Guard against cyclic IFD chains in corrupt files. */
    private static final int MAX_IFDS = 10_000;

    private IfdReader() { }

    /** The first IFD that is neither an overview nor a mask (the full-resolution image). */
    static Ifd firstFullResolution(TiffFile file) throws IOException {
        long offset = file.firstIfdOffset();
        Ifd first = null;
        for (int i = 0; i < MAX_IFDS && offset != 0; i++) {
            Ifd ifd = new Ifd(offset);
            offset = read(file, ifd);
            if (first == null) first = ifd;
            if (!ifd.isOverviewOrMask()) return ifd;
        }
        if (first == null) throw corrupt(file, "no image directory found");
        return first;
    }

    /** Reads the entries of {@code ifd}; returns the offset of the next IFD (0 at the end). */
    private static long read(TiffFile file, Ifd ifd) throws IOException {
        boolean big = file.isBigTiff();
        int countSize = big ? 8 : 2;
        int entrySize = big ? 20 : 12;
        int offSize = big ? 8 : 4;
        ByteBuffer cb = file.read(ifd.offset(), countSize, "the image directory");
        long n = big ? cb.getLong() : (cb.getShort() & 0xFFFF);
        if (n <= 0 || n > 4096) throw corrupt(file, "the image directory at byte " + ifd.offset() + " claims " + n + " entries");
        ByteBuffer eb = file.read(ifd.offset() + countSize, (int) n * entrySize + offSize, "the image directory");
        for (int i = 0; i < n; i++) {
            int base = i * entrySize;
            int tag = eb.getShort(base) & 0xFFFF;
            int type = eb.getShort(base + 2) & 0xFFFF;
            long count = big ? eb.getLong(base + 4) : (eb.getInt(base + 4) & 0xFFFFFFFFL);
            int size = TiffTags.typeSize(type);
            if (size == 0) continue; // unknown field type: skip as TIFF readers must
            long total = count * size;
            if (count < 0 || total > file.size()) {
                throw corrupt(file, "tag " + tag + " claims " + count + " values, more than the file holds");
            }
            ByteBuffer values;
            if (total <= offSize) {
                values = eb.duplicate().order(file.order());
                values.position(base + (big ? 12 : 8)).limit(base + (big ? 12 : 8) + (int) total);
                values = values.slice().order(file.order());
            } else {
                long valueOffset = big ? eb.getLong(base + 12) : (eb.getInt(base + 8) & 0xFFFFFFFFL);
                values = file.read(valueOffset, (int) total, "the values of tag " + tag);
            }
            ifd.put(decode(tag, type, (int) count, values));
        }
        int nextPos = (int) n * entrySize;
        return big ? eb.getLong(nextPos) : (eb.getInt(nextPos) & 0xFFFFFFFFL);
    }

    private static TiffField decode(int tag, int type, int count, ByteBuffer b) {
        switch (type) {
            case TiffTags.TYPE_ASCII -> {
                byte[] raw = new byte[count];
                b.get(raw);
                int end = raw.length;
                while (end > 0 && raw[end - 1] == 0) end--;
                return new TiffField(tag, type, null, null, new String(raw, 0, end, StandardCharsets.ISO_8859_1));
            }
            case TiffTags.TYPE_RATIONAL, TiffTags.TYPE_SRATIONAL -> {
                double[] d = new double[count];
                for (int i = 0; i < count; i++) {
                    long num = type == TiffTags.TYPE_RATIONAL ? b.getInt() & 0xFFFFFFFFL : b.getInt();
                    long den = type == TiffTags.TYPE_RATIONAL ? b.getInt() & 0xFFFFFFFFL : b.getInt();
                    d[i] = den == 0 ? Double.NaN : (double) num / den;
                }
                return new TiffField(tag, type, null, d, null);
            }
            case TiffTags.TYPE_FLOAT, TiffTags.TYPE_DOUBLE -> {
                double[] d = new double[count];
                for (int i = 0; i < count; i++) d[i] = type == TiffTags.TYPE_FLOAT ? b.getFloat() : b.getDouble();
                return new TiffField(tag, type, null, d, null);
            }
            default -> {
                long[] v = new long[count];
                for (int i = 0; i < count; i++) {
                    v[i] = switch (type) {
                        case TiffTags.TYPE_BYTE, TiffTags.TYPE_UNDEFINED -> b.get() & 0xFF;
                        case TiffTags.TYPE_SBYTE -> b.get();
                        case TiffTags.TYPE_SHORT -> b.getShort() & 0xFFFF;
                        case TiffTags.TYPE_SSHORT -> b.getShort();
                        case TiffTags.TYPE_LONG, TiffTags.TYPE_IFD -> b.getInt() & 0xFFFFFFFFL;
                        case TiffTags.TYPE_SLONG -> b.getInt();
                        default -> b.getLong();
                    };
                }
                return new TiffField(tag, type, v, null, null);
            }
        }
    }

    static InputDataException corrupt(TiffFile file, String what) {
        return new InputDataException(file.name(), "the TIFF structure is corrupt: " + what,
                "Re-download or re-export the file (check it with gdalinfo)");
    }
}
