package org.dunefront.io.geotiff;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.sis.referencing.CRS;
import org.junit.jupiter.api.Test;
import org.opengis.referencing.crs.CoordinateReferenceSystem;
import org.opengis.referencing.crs.GeographicCRS;
import org.opengis.referencing.crs.ProjectedCRS;

/** The writer's built-in EPSG classification agrees with Apache SIS' EPSG database, code by code. */
class GeoTiffWriterEpsgKindsTest {
    @Test
    void everyListedProjectedCodeIsAProjectedCrsInTheEpsgDatabase() throws Exception {
        int checked = 0;
        for (int[] r : EpsgKinds.PROJECTED_RANGES) {
            // Both ends of every range and every 4th code in between (each lookup costs a query).
            for (int code = r[0]; code <= r[1]; code = code == r[1] ? code + 1 : Math.min(code + 4, r[1])) {
                CoordinateReferenceSystem crs = CRS.forCode("EPSG:" + code);
                assertTrue(crs instanceof ProjectedCRS, "EPSG:" + code + " is " + crs.getClass().getSimpleName());
                checked++;
            }
        }
        assertTrue(checked > 80, "checked " + checked);
    }

    @Test
    void everyListedGeographicCodeIsAGeographicCrsInTheEpsgDatabase() throws Exception {
        for (int code : EpsgKinds.GEOGRAPHIC) {
            CoordinateReferenceSystem crs = CRS.forCode("EPSG:" + code);
            assertTrue(crs instanceof GeographicCRS && crs.getCoordinateSystem().getDimension() == 2, "EPSG:" + code);
        }
        assertTrue(EpsgKinds.isProjected(3395).isEmpty(), "unlisted codes go to the database");
    }
}
