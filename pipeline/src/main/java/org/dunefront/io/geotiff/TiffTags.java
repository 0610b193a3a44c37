package org.dunefront.io.geotiff;

/**
 * Numeric TIFF, GeoTIFF and GDAL tag and field-type constants shared by the reader and the writer.
 * Names follow the TIFF 6.0, BigTIFF and OGC GeoTIFF 1.1 specifications; GDAL's private tags are
 * documented at https://gdal.org/drivers/raster/gtiff.html.
 */
final class TiffTags {
    private TiffTags() { }

    // --- Baseline / extension tags (TIFF 6.0) ---
    static final int NEW_SUBFILE_TYPE = 254;
    static final int IMAGE_WIDTH = 256;
    static final int IMAGE_LENGTH = 257;
    static final int BITS_PER_SAMPLE = 258;
    static final int COMPRESSION = 259;
    static final int PHOTOMETRIC_INTERPRETATION = 262;
    static final int STRIP_OFFSETS = 273;
    static final int SAMPLES_PER_PIXEL = 277;
    static final int ROWS_PER_STRIP = 278;
    static final int STRIP_BYTE_COUNTS = 279;
    static final int PLANAR_CONFIGURATION = 284;
    static final int PREDICTOR = 317;
    static final int COLOR_MAP = 320;
    static final int TILE_WIDTH = 322;
    static final int TILE_LENGTH = 323;
    static final int TILE_OFFSETS = 324;
    static final int TILE_BYTE_COUNTS = 325;
    static final int EXTRA_SAMPLES = 338;
    static final int SAMPLE_FORMAT = 339;

    // --- GeoTIFF ---
    static final int MODEL_PIXEL_SCALE = 33550;
    static final int MODEL_TIEPOINT = 33922;
    static final int MODEL_TRANSFORMATION = 34264;
    static final int GEO_KEY_DIRECTORY = 34735;
    static final int GEO_DOUBLE_PARAMS = 34736;
    static final int GEO_ASCII_PARAMS = 34737;

    // --- GDAL private tags ---
    /** XML band/dataset metadata (scale, offset, descriptions, units, other items). */
    static final int GDAL_METADATA = 42112;
    /** Nodata value as ASCII text ("nan", "-9999", "-3.4e+38"). */
    static final int GDAL_NODATA = 42113;

    // --- Field types (TIFF 6.0 + BigTIFF) ---
    static final int TYPE_BYTE = 1;
    static final int TYPE_ASCII = 2;
    static final int TYPE_SHORT = 3;
    static final int TYPE_LONG = 4;
    static final int TYPE_RATIONAL = 5;
    static final int TYPE_SBYTE = 6;
    static final int TYPE_UNDEFINED = 7;
    static final int TYPE_SSHORT = 8;
    static final int TYPE_SLONG = 9;
    static final int TYPE_SRATIONAL = 10;
    static final int TYPE_FLOAT = 11;
    static final int TYPE_DOUBLE = 12;
    static final int TYPE_IFD = 13;
    static final int TYPE_LONG8 = 16;
    static final int TYPE_SLONG8 = 17;
    static final int TYPE_IFD8 = 18;

    /** Size in bytes of one value of a field type, or 0 for an unknown type. */
    static int typeSize(int type) {
        return switch (type) {
            case TYPE_BYTE, TYPE_ASCII, TYPE_SBYTE, TYPE_UNDEFINED -> 1;
            case TYPE_SHORT, TYPE_SSHORT -> 2;
            case TYPE_LONG, TYPE_SLONG, TYPE_FLOAT, TYPE_IFD -> 4;
            case TYPE_RATIONAL, TYPE_SRATIONAL, TYPE_DOUBLE, TYPE_LONG8, TYPE_SLONG8, TYPE_IFD8 -> 8;
            default -> 0;
        };
    }

    // --- Values ---
    static final int PLANAR_CHUNKY = 1;
    static final int PLANAR_SEPARATE = 2;
    static final int PREDICTOR_NONE = 1;
    static final int PREDICTOR_HORIZONTAL = 2;
    static final int PREDICTOR_FLOATING_POINT = 3;
    static final int SAMPLE_FORMAT_UINT = 1;
    static final int SAMPLE_FORMAT_INT = 2;
    static final int SAMPLE_FORMAT_IEEEFP = 3;
    static final int SAMPLE_FORMAT_VOID = 4;
    static final int SAMPLE_FORMAT_COMPLEX_INT = 5;
    static final int SAMPLE_FORMAT_COMPLEX_IEEEFP = 6;
    static final int PHOTOMETRIC_MIN_IS_BLACK = 1;
    static final int PHOTOMETRIC_PALETTE = 3;
    static final int PHOTOMETRIC_YCBCR = 6;

    // --- GeoKeys (OGC GeoTIFF 1.1) ---
    static final int GT_MODEL_TYPE = 1024;
    static final int GT_RASTER_TYPE = 1025;
    static final int GT_CITATION = 1026;
    static final int GEOGRAPHIC_TYPE = 2048;
    static final int GEOG_CITATION = 2049;
    static final int GEOG_GEODETIC_DATUM = 2050;
    static final int GEOG_PRIME_MERIDIAN = 2051;
    static final int GEOG_LINEAR_UNITS = 2052;
    static final int GEOG_ANGULAR_UNITS = 2054;
    static final int GEOG_ELLIPSOID = 2056;
    static final int GEOG_SEMI_MAJOR_AXIS = 2057;
    static final int GEOG_SEMI_MINOR_AXIS = 2058;
    static final int GEOG_INV_FLATTENING = 2059;
    static final int GEOG_PRIME_MERIDIAN_LONG = 2061;
    static final int GEOG_TOWGS84 = 2062;
    static final int PROJECTED_CS_TYPE = 3072;
    static final int PGS_CITATION = 3073;
    static final int PROJECTION = 3074;
    static final int PROJ_COORD_TRANS = 3075;
    static final int PROJ_LINEAR_UNITS = 3076;
    static final int PROJ_LINEAR_UNIT_SIZE = 3077;
    static final int PROJ_STD_PARALLEL1 = 3078;
    static final int PROJ_STD_PARALLEL2 = 3079;
    static final int PROJ_NAT_ORIGIN_LONG = 3080;
    static final int PROJ_NAT_ORIGIN_LAT = 3081;
    static final int PROJ_FALSE_EASTING = 3082;
    static final int PROJ_FALSE_NORTHING = 3083;
    static final int PROJ_FALSE_ORIGIN_LONG = 3084;
    static final int PROJ_FALSE_ORIGIN_LAT = 3085;
    static final int PROJ_FALSE_ORIGIN_EASTING = 3086;
    static final int PROJ_FALSE_ORIGIN_NORTHING = 3087;
    static final int PROJ_CENTER_LONG = 3088;
    static final int PROJ_CENTER_LAT = 3089;
    static final int PROJ_CENTER_EASTING = 3090;
    static final int PROJ_CENTER_NORTHING = 3091;
    static final int PROJ_SCALE_AT_NAT_ORIGIN = 3092;
    static final int PROJ_SCALE_AT_CENTER = 3093;
    static final int PROJ_AZIMUTH_ANGLE = 3094;
    static final int PROJ_STRAIGHT_VERT_POLE_LONG = 3095;
    static final int VERTICAL_CS_TYPE = 4096;

    /** GeoKey value meaning "user-defined" (the definition follows in other keys). */
    static final int USER_DEFINED = 32767;
    /** EPSG unit code of the angular degree (GeogAngularUnitsGeoKey). */
    static final int ANGULAR_DEGREE = 9102;
    static final int MODEL_TYPE_PROJECTED = 1;
    static final int MODEL_TYPE_GEOGRAPHIC = 2;
    static final int RASTER_PIXEL_IS_AREA = 1;
    static final int RASTER_PIXEL_IS_POINT = 2;
}
