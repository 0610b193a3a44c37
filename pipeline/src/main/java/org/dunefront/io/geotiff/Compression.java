package org.dunefront.io.geotiff;

/** TIFF Compression tag values: the codecs the pure-Java reader decodes, and the ones it names when refusing. */
enum Compression {
    NONE(1, "none", true),
    LZW(5, "LZW", true),
    DEFLATE(8, "Deflate", true),
    /** Deflate under its pre-TIFF-6 (Adobe) code. */
    DEFLATE_ADOBE(32946, "Deflate", true),
    PACKBITS(32773, "PackBits", true),
    CCITT_RLE(2, "CCITT RLE", false),
    CCITT_T4(3, "CCITT Group 3", false),
    CCITT_T6(4, "CCITT Group 4", false),
    OLD_JPEG(6, "old-style JPEG", false),
    JPEG(7, "JPEG", false),
    LZMA(34925, "LZMA", false),
    LERC(34887, "LERC", false),
    ZSTD(50000, "ZSTD", false),
    WEBP(50001, "WEBP", false),
    JPEG_XL(50002, "JPEG-XL", false);

    final int code;
    final String label;
    final boolean supported;

    Compression(int code, String label, boolean supported) {
        this.code = code;
        this.label = label;
        this.supported = supported;
    }

    /** The compression of {@code code}, or null when the code is unknown. */
    static Compression of(long code) {
        for (Compression c : values()) if (c.code == code) return c;
        return null;
    }

    boolean isDeflate() {
        return this == DEFLATE || this == DEFLATE_ADOBE;
    }
}
