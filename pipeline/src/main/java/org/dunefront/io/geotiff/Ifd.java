package org.dunefront.io.geotiff;

import java.util.Map;
import java.util.TreeMap;

/** One image file directory: its fields by tag number, in tag order. */
final class Ifd {
    private final Map<Integer, TiffField> fields = new TreeMap<>();
    private final long offset;

    Ifd(long offset) {
        this.offset = offset;
    }

    void put(TiffField f) {
        fields.put(f.tag(), f);
    }

    TiffField get(int tag) {
        return fields.get(tag);
    }

    boolean has(int tag) {
        return fields.containsKey(tag);
    }

    long offset() {
        return offset;
    }

    /** First value of an integer tag, or {@code dflt} when absent. */
    long longValue(int tag, long dflt) {
        TiffField f = fields.get(tag);
        return f == null || f.count() == 0 ? dflt : f.longAt(0);
    }

    /** True for reduced-resolution images (overviews) and transparency masks (NewSubfileType bits 0 and 2). */
    boolean isOverviewOrMask() {
        long t = longValue(TiffTags.NEW_SUBFILE_TYPE, 0);
        return (t & 0x1) != 0 || (t & 0x4) != 0;
    }
}
