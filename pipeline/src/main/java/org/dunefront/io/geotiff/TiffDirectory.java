package org.dunefront.io.geotiff;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The header and single image file directory (IFD) of a little-endian classic TIFF or BigTIFF,
 * laid out at the start of the file: header, IFD (tags sorted ascending), then the tag values too
 * large to sit inside their entry, then the tile data. Every size is known before any tile is
 * written, so {@link #dataStart()} is fixed up front and {@link #serialize} only fills in the tile
 * offsets and byte counts at the end.
 */
final class TiffDirectory {
    private record Entry(int tag, int type, long count, byte[] value) { }

    private final boolean bigTiff;
    private final int tileCount;
    private final TreeMap<Integer, Entry> entries = new TreeMap<>();

    TiffDirectory(boolean bigTiff, int tileCount) {
        this.bigTiff = bigTiff;
        this.tileCount = tileCount;
    }

    boolean bigTiff() {
        return bigTiff;
    }

    void shorts(int tag, int... values) {
        ByteBuffer b = le(values.length * 2);
        for (int v : values) b.putShort((short) v);
        entries.put(tag, new Entry(tag, TiffTags.TYPE_SHORT, values.length, b.array()));
    }

    void longValue(int tag, long value) {
        ByteBuffer b = le(4);
        b.putInt((int) value);
        entries.put(tag, new Entry(tag, TiffTags.TYPE_LONG, 1, b.array()));
    }

    void doubles(int tag, double... values) {
        ByteBuffer b = le(values.length * 8);
        for (double v : values) b.putDouble(v);
        entries.put(tag, new Entry(tag, TiffTags.TYPE_DOUBLE, values.length, b.array()));
    }

    /** An ASCII tag (UTF-8 bytes, NUL-terminated as TIFF requires). */
    void ascii(int tag, String text) {
        byte[] s = text.getBytes(StandardCharsets.UTF_8);
        byte[] v = new byte[s.length + 1];
        System.arraycopy(s, 0, v, 0, s.length);
        entries.put(tag, new Entry(tag, TiffTags.TYPE_ASCII, v.length, v));
    }

    /** Offset of the first tile's data: right after the header, IFD and out-of-line tag values. */
    long dataStart() {
        return layout(all(new long[tileCount], new long[tileCount]), null);
    }

    /** Header + IFD + out-of-line values, {@link #dataStart()} bytes long. */
    byte[] serialize(long[] tileOffsets, long[] tileByteCounts) {
        List<Entry> list = all(tileOffsets, tileByteCounts);
        long size = layout(list, null);
        ByteBuffer out = le(Math.toIntExact(size));
        layout(list, out);
        return out.array();
    }

    private List<Entry> all(long[] offsets, long[] counts) {
        TreeMap<Integer, Entry> m = new TreeMap<>(entries);
        m.put(TiffTags.TILE_OFFSETS, offsetsEntry(TiffTags.TILE_OFFSETS, offsets));
        m.put(TiffTags.TILE_BYTE_COUNTS, offsetsEntry(TiffTags.TILE_BYTE_COUNTS, counts));
        return new ArrayList<>(m.values());
    }

    private Entry offsetsEntry(int tag, long[] values) {
        if (values.length != tileCount) throw new IllegalArgumentException("expected " + tileCount + " values");
        ByteBuffer b = le(values.length * (bigTiff ? 8 : 4));
        for (long v : values) {
            if (bigTiff) {
                b.putLong(v);
            } else {
                if (v > 0xFFFFFFFFL) throw new IllegalStateException("offset beyond 4 GiB in a classic TIFF");
                b.putInt((int) v);
            }
        }
        return new Entry(tag, bigTiff ? TiffTags.TYPE_LONG8 : TiffTags.TYPE_LONG, values.length, b.array());
    }

    /** Computes the layout; writes it into {@code out} when not null. Returns the total size. */
    private long layout(List<Entry> list, ByteBuffer out) {
        int headerSize = bigTiff ? 16 : 8;
        int inlineLimit = bigTiff ? 8 : 4;
        long ifdSize = bigTiff ? 8 + list.size() * 20L + 8 : 2 + list.size() * 12L + 4;
        long extra = align(headerSize + ifdSize);
        if (out != null) {
            out.put((byte) 'I').put((byte) 'I');
            if (bigTiff) {
                out.putShort((short) 43).putShort((short) 8).putShort((short) 0).putLong(headerSize);
                out.putLong(list.size());
            } else {
                out.putShort((short) 42).putInt(headerSize);
                out.putShort((short) list.size());
            }
        }
        for (Entry e : list) {
            boolean inline = e.value.length <= inlineLimit;
            long at = inline ? 0 : extra;
            if (!inline) extra = align(extra + e.value.length);
            if (out == null) continue;
            out.putShort((short) e.tag).putShort((short) e.type);
            if (bigTiff) out.putLong(e.count); else out.putInt((int) e.count);
            if (inline) {
                out.put(e.value);
                for (int i = e.value.length; i < inlineLimit; i++) out.put((byte) 0);
            } else {
                if (bigTiff) out.putLong(at); else out.putInt((int) at);
                int mark = out.position();
                out.position((int) at);
                out.put(e.value);
                out.position(mark);
            }
        }
        if (out != null) {
            if (bigTiff) out.putLong(0); else out.putInt(0);
        }
        return extra;
    }

    private static long align(long v) {
        return (v + 7) & ~7L;
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
