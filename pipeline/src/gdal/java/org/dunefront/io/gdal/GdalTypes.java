package org.dunefront.io.gdal;

import org.dunefront.error.InputDataException;
import org.dunefront.grid.DataType;
import org.gdal.gdal.gdal;
import org.gdal.gdalconst.gdalconstConstants;

/** Mapping between Dunefront's {@link DataType}s and GDAL's GDT_* codes. */
final class GdalTypes {
    private GdalTypes() { }

    /**
     * The Dunefront type of a GDAL band type; {@code signedByte} for PIXELTYPE=SIGNEDBYTE bytes (GDAL &lt; 3.7).
     * UInt32 maps to FLOAT64 (exact for every 32-bit unsigned value), as in the pure-Java reader.
     */
    static DataType fromGdal(int gdt, boolean signedByte, String file) {
        if (gdt == gdalconstConstants.GDT_Byte) return signedByte ? DataType.INT8 : DataType.UINT8;
        if (gdt == gdalconstConstants.GDT_Int16) return DataType.INT16;
        if (gdt == gdalconstConstants.GDT_UInt16) return DataType.UINT16;
        if (gdt == gdalconstConstants.GDT_Int32) return DataType.INT32;
        if (gdt == gdalconstConstants.GDT_Float32) return DataType.FLOAT32;
        if (gdt == gdalconstConstants.GDT_Float64 || gdt == gdalconstConstants.GDT_UInt32) return DataType.FLOAT64;
        throw new InputDataException(file, "its cells are GDAL type " + gdal.GetDataTypeName(gdt)
                + ", which Dunefront does not process",
                "Convert it, e.g. gdal_translate -ot Float64 (or -ot Int32) input output.tif");
    }

    /** The GDAL buffer/storage type for a Dunefront type (INT8 is stored as Byte + PIXELTYPE=SIGNEDBYTE). */
    static int toGdal(DataType t) {
        return switch (t) {
            case INT8, UINT8 -> gdalconstConstants.GDT_Byte;
            case INT16 -> gdalconstConstants.GDT_Int16;
            case UINT16 -> gdalconstConstants.GDT_UInt16;
            case INT32 -> gdalconstConstants.GDT_Int32;
            case FLOAT32 -> gdalconstConstants.GDT_Float32;
            case FLOAT64 -> gdalconstConstants.GDT_Float64;
        };
    }
}
