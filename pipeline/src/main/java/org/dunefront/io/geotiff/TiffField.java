package org.dunefront.io.geotiff;

/**
 * One decoded IFD entry. Integer types are kept as {@code long}s, RATIONAL/FLOAT/DOUBLE as
 * {@code double}s, ASCII as text (NUL terminators removed, inner NULs kept as '\0').
 *
 * @param tag    tag number
 * @param type   TIFF field type
 * @param longs  integer values (null for floating and ASCII types)
 * @param doubles floating values (null for integer and ASCII types)
 * @param ascii  text (null for non-ASCII types)
 */
record TiffField(int tag, int type, long[] longs, double[] doubles, String ascii) {

    int count() {
        if (longs != null) return longs.length;
        if (doubles != null) return doubles.length;
        return ascii == null ? 0 : ascii.length();
    }

    long longAt(int i) {
        if (longs != null) return longs[i];
        if (doubles != null) return (long) doubles[i];
        throw new IllegalStateException("tag " + tag + " is text");
    }

    long[] asLongs() {
        if (longs != null) return longs;
        long[] out = new long[doubles == null ? 0 : doubles.length];
        for (int i = 0; i < out.length; i++) out[i] = (long) doubles[i];
        return out;
    }

    double[] asDoubles() {
        if (doubles != null) return doubles;
        double[] out = new double[longs == null ? 0 : longs.length];
        for (int i = 0; i < out.length; i++) out[i] = longs[i];
        return out;
    }

    String asText() {
        return ascii == null ? "" : ascii;
    }
}
