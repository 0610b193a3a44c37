package org.dunefront.io.gdal;

import java.util.Vector;
import org.dunefront.grid.CrsDefinition;
import org.gdal.osr.SpatialReference;
import org.gdal.osr.osrConstants;

/** Converts between OSR spatial references and Dunefront's {@link CrsDefinition} (WKT 2 + EPSG code). */
final class GdalCrs {
    private GdalCrs() { }

    /** WKT2:2019 text plus the EPSG code when OSR identifies one ({@code AutoIdentifyEPSG}); UNKNOWN for null. */
    static CrsDefinition toDefinition(SpatialReference srs) {
        if (srs == null) return CrsDefinition.UNKNOWN;
        SpatialReference copy = srs.Clone();
        try {
            String[] wkt = new String[1];
            Vector<String> opts = new Vector<>();
            opts.add("FORMAT=WKT2_2019");
            copy.ExportToWkt(wkt, opts);
            int epsg = 0;
            if (!"EPSG".equalsIgnoreCase(copy.GetAuthorityName(null))) {
                try {
                    GdalErrors.quietly(copy::AutoIdentifyEPSG);
                } catch (RuntimeException notIdentified) {
                    // OSR throws "Unsupported SRS" when no EPSG code matches: the CRS stays WKT-only
                }
            }
            if ("EPSG".equalsIgnoreCase(copy.GetAuthorityName(null))) {
                try {
                    epsg = Integer.parseInt(copy.GetAuthorityCode(null));
                } catch (NumberFormatException e) {
                    epsg = 0;
                }
            }
            return new CrsDefinition(epsg, wkt[0] == null ? "" : wkt[0]);
        } finally {
            copy.delete();
        }
    }

    /** An OSR reference for a definition (WKT preferred, else the EPSG code), x/y in GIS order; null when unknown. */
    static SpatialReference toOsr(CrsDefinition crs) {
        if (!crs.isKnown()) return null;
        SpatialReference srs = new SpatialReference();
        try {
            int rc = crs.wkt().isEmpty() ? srs.ImportFromEPSG(crs.epsg()) : srs.SetFromUserInput(crs.wkt());
            if (rc != 0) throw new IllegalArgumentException("OGR error " + rc);
        } catch (RuntimeException e) {
            srs.delete();
            throw new IllegalArgumentException("GDAL cannot interpret the CRS " + crs.label() + ": " + e.getMessage(), e);
        }
        srs.SetAxisMappingStrategy(osrConstants.OAMS_TRADITIONAL_GIS_ORDER);
        return srs;
    }

    /** The CRS as a gdalwarp {@code -t_srs} argument: "EPSG:n" when a code is known, else the WKT. */
    static String userInput(CrsDefinition crs) {
        return crs.epsg() > 0 ? "EPSG:" + crs.epsg() : crs.wkt();
    }
}
