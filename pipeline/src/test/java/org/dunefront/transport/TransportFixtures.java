package org.dunefront.transport;

import java.util.Arrays;
import java.util.Random;

/** Tiny-grid builders shared by the transport tests. */
final class TransportFixtures {
    /** Lookup where code k is the k-th surface class (0 MOBILE_SAND, 1 ERODIBLE, 2 NON_ERODIBLE, 3 SINK, 4 ASSET_TRAP). */
    static final SurfaceClass[] LOOKUP = SurfaceClass.values();

    private TransportFixtures() {
    }

    static byte[] codes(int n, SurfaceClass c) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) c.ordinal());
        return b;
    }

    static float[] randomFloats(Random rnd, int n, double min, double max) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) a[i] = (float) (min + (max - min) * rnd.nextDouble());
        return a;
    }

    static double total(float[] a) {
        double s = 0;
        for (float v : a) s += v;
        return s;
    }

    /** Rotates a row-major w × h array 90° clockwise: old (c, r) → new (h − 1 − r, c) in an h × w grid. */
    static float[] rotate(float[] a, int w, int h) {
        float[] o = new float[a.length];
        for (int r = 0; r < h; r++) for (int c = 0; c < w; c++) o[c * h + (h - 1 - r)] = a[r * w + c];
        return o;
    }

    static byte[] rotate(byte[] a, int w, int h) {
        byte[] o = new byte[a.length];
        for (int r = 0; r < h; r++) for (int c = 0; c < w; c++) o[c * h + (h - 1 - r)] = a[r * w + c];
        return o;
    }
}
