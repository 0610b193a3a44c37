package org.dunefront.io.geotiff;

/**
 * TIFF 6.0, BigTIFF, GeoTIFF 1.0 and GDAL tag numbers and field types used by the writer
 * (kept private to the writer so that the reader's own tag table can evolve independently).
 */
final class TiffWriteTags {
    private TiffWriteTags() { }

    // Baseline and extension tags (TIFF 6.0).
    static final int IMAGE_WIDTH = 256;
    static final int IMAGE_LENGTH = 257;
    static final int BITS_PER_SAMPLE = 258;
    static final int COMPRESSION = 259;
    static final int PHOTOMETRIC = 262;
    static final int SAMPLES_PER_PIXEL = 277;
    static final int PLANAR_CONFIGURATION = 284;
    static final int PREDICTOR = 317;
    static final int COLOR_MAP = 320;
    static final int TILE_WIDTH = 322;
    static final int TILE_LENGTH = 323;
    static final int TILE_OFFSETS = 324;
    static final int TILE_BYTE_COUNTS = 325;
    static final int EXTRA_SAMPLES = 338;
    static final int SAMPLE_FORMAT = 339;

    // GeoTIFF 1.0.
    static final int MODEL_PIXEL_SCALE = 33550;
    static final int MODEL_TIEPOINT = 33922;
    static final int MODEL_TRANSFORMATION = 34264;
    static final int GEO_KEY_DIRECTORY = 34735;
    static final int GEO_DOUBLE_PARAMS = 34736;
    static final int GEO_ASCII_PARAMS = 34737;

    // GDAL private tags.
    static final int GDAL_METADATA = 42112;
    static final int GDAL_NODATA = 42113;

    // Field types.
    static final int TYPE_ASCII = 2;
    static final int TYPE_SHORT = 3;
    static final int TYPE_LONG = 4;
    static final int TYPE_DOUBLE = 12;
    static final int TYPE_LONG8 = 16;

    // Photometric interpretations.
    static final int PHOTOMETRIC_MIN_IS_BLACK = 1;
    static final int PHOTOMETRIC_PALETTE = 3;

    // GeoKey ids (GeoTIFF 1.0 section 6.2).
    static final int GT_MODEL_TYPE_KEY = 1024;
    static final int GT_RASTER_TYPE_KEY = 1025;
    static final int GT_CITATION_KEY = 1026;
    static final int GEOGRAPHIC_TYPE_KEY = 2048;
    static final int GEOG_ANGULAR_UNITS_KEY = 2054;
    static final int PROJECTED_CS_TYPE_KEY = 3072;
    static final int PCS_CITATION_KEY = 3073;

    static final int MODEL_TYPE_PROJECTED = 1;
    static final int MODEL_TYPE_GEOGRAPHIC = 2;
    static final int USER_DEFINED = 32767;
    static final int RASTER_PIXEL_IS_AREA = 1;
    static final int ANGULAR_DEGREE = 9102;
}
