package org.dunefront.terrain;

/**
 * {@code atan} in Java, line for line fdlibm 5.3's {@code s_atan.c} (Sun Microsystems, 1993), the algorithm that
 * {@link StrictMath#atan} is specified to compute: the same bits as {@code StrictMath.atan} (and {@code Math.atan},
 * which delegates to it on Java 17) for every argument. On Java 17 that method is native, and the JNI call costs
 * more than the polynomial; the shelter index takes one atan per cell and sector. (Java 21's
 * {@code java.lang.FdLibm.Atan} is the same port inside the JDK.)
 *
 * <p>Argument reduction to |x| &lt; 7/16 with atan(x) = atan(c) + atan((x − c)/(1 + x·c)) for c = 0.5, 1, 1.5, ∞,
 * then an 11-term odd polynomial split in odd and even parts.
 */
final class FdlibmAtan {
    private FdlibmAtan() {
    }

    private static final double[] ATAN_HI = {
        4.63647609000806093515e-01, // atan(0.5) hi 0x3FDDAC67 0x0561BB4F
        7.85398163397448278999e-01, // atan(1.0) hi 0x3FE921FB 0x54442D18
        9.82793723247329054082e-01, // atan(1.5) hi 0x3FEF730B 0xD281F69B
        1.57079632679489655800e+00, // atan(inf) hi 0x3FF921FB 0x54442D18
    };

    private static final double[] ATAN_LO = {
        2.26987774529616870924e-17, // atan(0.5) lo 0x3C7A2B7F 0x222F65E2
        3.06161699786838301793e-17, // atan(1.0) lo 0x3C81A626 0x33145C07
        1.39033110312309984516e-17, // atan(1.5) lo 0x3C700788 0x7AF0CBBD
        6.12323399573676603587e-17, // atan(inf) lo 0x3C91A626 0x33145C07
    };

    private static final double[] AT = {
        3.33333333333329318027e-01,  // 0x3FD55555 0x5555550D
        -1.99999999998764832476e-01, // 0xBFC99999 0x9998EBC4
        1.42857142725034663711e-01,  // 0x3FC24924 0x920083FF
        -1.11111104054623557880e-01, // 0xBFBC71C6 0xFE231671
        9.09088713343650656196e-02,  // 0x3FB745CD 0xC54C206E
        -7.69187620504482999495e-02, // 0xBFB3B0F2 0xAF749A6D
        6.66107313738753120669e-02,  // 0x3FB10D66 0xA0D03D51
        -5.83357013379057348645e-02, // 0xBFADDE2D 0x52DEFD9A
        4.97687799461593236017e-02,  // 0x3FA97B4B 0x24760DEB
        -3.65315727442169155270e-02, // 0xBFA2B444 0x2C6A6C2F
        1.62858201153657823623e-02,  // 0x3F90AD3A 0xE322DA11
    };

    /** atan(x), radians, bit-identical to {@link StrictMath#atan}. */
    static double atan(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int hx = (int) (bits >> 32);
        int ix = hx & 0x7fffffff;
        int id;
        if (ix >= 0x44100000) { // |x| >= 2^66
            if (ix > 0x7ff00000 || (ix == 0x7ff00000 && (int) bits != 0)) return x + x; // NaN
            return hx > 0 ? ATAN_HI[3] + ATAN_LO[3] : -ATAN_HI[3] - ATAN_LO[3];
        }
        if (ix < 0x3fdc0000) { // |x| < 0.4375
            if (ix < 0x3e200000) return x; // |x| < 2^-29
            id = -1;
        } else {
            x = Math.abs(x);
            if (ix < 0x3ff30000) { // |x| < 1.1875
                if (ix < 0x3fe60000) { // 7/16 <= |x| < 11/16
                    id = 0;
                    x = (2.0 * x - 1.0) / (2.0 + x);
                } else { // 11/16 <= |x| < 19/16
                    id = 1;
                    x = (x - 1.0) / (x + 1.0);
                }
            } else if (ix < 0x40038000) { // |x| < 2.4375
                id = 2;
                x = (x - 1.5) / (1.0 + 1.5 * x);
            } else { // 2.4375 <= |x| < 2^66
                id = 3;
                x = -1.0 / x;
            }
        }
        double z = x * x;
        double w = z * z;
        double s1 = z * (AT[0] + w * (AT[2] + w * (AT[4] + w * (AT[6] + w * (AT[8] + w * AT[10])))));
        double s2 = w * (AT[1] + w * (AT[3] + w * (AT[5] + w * (AT[7] + w * AT[9]))));
        if (id < 0) return x - x * (s1 + s2);
        z = ATAN_HI[id] - ((x * (s1 + s2) - ATAN_LO[id]) - x);
        return hx < 0 ? -z : z;
    }
}
