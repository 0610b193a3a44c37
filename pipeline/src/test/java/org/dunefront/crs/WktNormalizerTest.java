package org.dunefront.crs;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** The WKT 2:2019 → 2:2015 rewrite on hand-written snippets. */
class WktNormalizerTest {

    @Test
    void rewritesGeogcrsEnsembleAndUsage() {
        String in = "GEOGCRS[\"WGS 84\",ENSEMBLE[\"World Geodetic System 1984 ensemble\",MEMBER[\"World Geodetic System 1984 (G730)\"],"
                + "ELLIPSOID[\"WGS 84\",6378137,298.257223563,LENGTHUNIT[\"metre\",1]],ENSEMBLEACCURACY[2.0]],"
                + "PRIMEM[\"Greenwich\",0],CS[ellipsoidal,2],AXIS[\"lat\",north,ORDER[1]],AXIS[\"lon\",east,ORDER[2]],"
                + "ANGLEUNIT[\"degree\",0.0174532925199433],USAGE[SCOPE[\"Horizontal\"],AREA[\"World.\"],BBOX[-90,-180,90,180]],"
                + "USAGE[SCOPE[\"second\"],AREA[\"x\"],BBOX[0,0,1,1]],ID[\"EPSG\",4326]]";
        String out = WktNormalizer.normalize(in);
        assertEquals("GEODCRS[\"WGS 84\",DATUM[\"World Geodetic System 1984\",ELLIPSOID[\"WGS 84\",6378137,298.257223563,LENGTHUNIT[\"metre\",1]]],"
                + "PRIMEM[\"Greenwich\",0],CS[ellipsoidal,2],AXIS[\"lat\",north,ORDER[1]],AXIS[\"lon\",east,ORDER[2]],"
                + "ANGLEUNIT[\"degree\",0.0174532925199433],SCOPE[\"Horizontal\"],AREA[\"World.\"],BBOX[-90,-180,90,180],ID[\"EPSG\",4326]]", out);
        assertEquals(4326, WktNormalizer.topLevelEpsg(in));
    }

    @Test
    void keepsQuotedTextAndParenthesesAndFindsWkt1Authority() {
        String in = "GEOGCS(\"a \"\"quoted\"\" [name]\",DATUM(\"d\",SPHEROID(\"s\",6378137,298.257223563)),PRIMEM(\"G\",0),"
                + "UNIT(\"degree\",0.0174532925199433),AUTHORITY(\"EPSG\",\"4326\"))";
        String out = WktNormalizer.normalize(in);
        assertTrue(out.startsWith("GEOGCS[\"a \"\"quoted\"\" [name]\",DATUM[\"d\",SPHEROID[\"s\",6378137,298.257223563]]"), out);
        assertEquals(4326, WktNormalizer.topLevelEpsg(in));
        assertEquals(0, WktNormalizer.topLevelEpsg("not wkt"));
        assertThrows(IllegalArgumentException.class, () -> WktNormalizer.normalize("PROJCS[\"x\",GEOGCS[\"y\""));
    }
}
