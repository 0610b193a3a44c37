package org.dunefront.io.gdal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dunefront.error.InputDataException;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.io.VectorFeature;
import org.dunefront.io.VectorLayer;
import org.gdal.gdal.Dataset;
import org.gdal.gdal.gdal;
import org.gdal.gdalconst.gdalconstConstants;
import org.gdal.ogr.Feature;
import org.gdal.ogr.FeatureDefn;
import org.gdal.ogr.FieldDefn;
import org.gdal.ogr.Geometry;
import org.gdal.ogr.Layer;
import org.gdal.ogr.ogr;
import org.gdal.ogr.ogrConstants;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Reads vector layers (GeoPackage, GeoJSON, Shapefile, anything OGR opens) into
 * {@link VectorLayer}s: geometries travel as WKB from OGR to JTS's {@link WKBReader} (curves are
 * linearised first, JTS has none), attributes become Long/Double/Boolean/String values (dates and
 * times as ISO-8601 text). Geometries carry the layer's EPSG code as SRID (0 when none).
 */
final class GdalVectorReader {
    private GdalVectorReader() { }

    static List<String> layerNames(Path file) {
        Dataset ds = open(file);
        try (GdalErrors.Quiet q = GdalErrors.quiet()) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < ds.GetLayerCount(); i++) names.add(ds.GetLayer(i).GetName());
            return names;
        } finally {
            ds.delete();
        }
    }

    static VectorLayer read(Path file, String layerName) {
        String name = file.toString();
        Dataset ds = open(file);
        try (GdalErrors.Quiet q = GdalErrors.quiet()) {
            if (ds.GetLayerCount() == 0) {
                throw new InputDataException(name, "it contains no vector layer", "Give a GeoPackage, GeoJSON or Shapefile with features");
            }
            Layer layer = layerName == null ? ds.GetLayer(0) : ds.GetLayerByName(layerName);
            if (layer == null) {
                List<String> names = new ArrayList<>();
                for (int i = 0; i < ds.GetLayerCount(); i++) names.add(ds.GetLayer(i).GetName());
                throw new InputDataException(name, "it has no layer named '" + layerName + "'",
                        "Use one of its layers: " + String.join(", ", names));
            }
            CrsDefinition crs = GdalCrs.toDefinition(layer.GetSpatialRef());
            FeatureDefn defn = layer.GetLayerDefn();
            List<VectorLayer.Field> fields = new ArrayList<>();
            for (int i = 0; i < defn.GetFieldCount(); i++) fields.add(field(defn.GetFieldDefn(i)));
            WKBReader wkb = new WKBReader(new GeometryFactory());
            List<VectorFeature> features = new ArrayList<>();
            layer.ResetReading();
            for (Feature f = nextFeature(layer, name); f != null; f = nextFeature(layer, name)) {
                try {
                    features.add(new VectorFeature(geometry(f, wkb, crs, name), attributes(f, fields)));
                } finally {
                    f.delete();
                }
            }
            return new VectorLayer(layer.GetName(), crs, geometryType(layer.GetGeomType()), fields, features);
        } finally {
            ds.delete();
        }
    }

    private static Feature nextFeature(Layer layer, String file) {
        Feature f = GdalErrors.quietly(layer::GetNextFeature);
        if (f == null && GdalErrors.failed()) throw GdalErrors.failure(file, "read the features of layer " + layer.GetName());
        return f;
    }

    private static Dataset open(Path file) {
        String name = file.toString();
        Dataset ds = GdalErrors.quietly(() -> gdal.OpenEx(name, gdalconstConstants.OF_VECTOR | gdalconstConstants.OF_READONLY | gdalconstConstants.OF_VERBOSE_ERROR));
        if (ds == null) throw GdalErrors.failure(name, "open it as a vector dataset");
        return ds;
    }

    private static org.locationtech.jts.geom.Geometry geometry(Feature f, WKBReader wkb, CrsDefinition crs, String file) {
        Geometry g = f.GetGeometryRef();
        if (g == null) return null;
        Geometry linear = g.HasCurveGeometry() != 0 ? g.GetLinearGeometry() : null;
        try {
            byte[] bytes = (linear != null ? linear : g).ExportToWkb();
            org.locationtech.jts.geom.Geometry jts = wkb.read(bytes);
            jts.setSRID(crs.epsg());
            return jts;
        } catch (ParseException e) {
            throw new InputDataException(file, "feature " + f.GetFID() + " has a geometry JTS cannot read: " + e.getMessage(),
                    "Repair or convert it, e.g. ogr2ogr -nlt PROMOTE_TO_MULTI -makevalid", e);
        } finally {
            if (linear != null) linear.delete();
        }
    }

    /** OGR date/time fields as ISO-8601 text: "2017-06-22", "13:05:00", "2017-06-22T13:05:00.250Z" / "+08:00". */
    private static String isoDateTime(Feature f, int i, int type) {
        int[] y = new int[1], mo = new int[1], d = new int[1], h = new int[1], mi = new int[1], tz = new int[1];
        float[] s = new float[1];
        f.GetFieldAsDateTime(i, y, mo, d, h, mi, s, tz);
        String date = String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", y[0], mo[0], d[0]);
        int wholeSeconds = (int) Math.floor(s[0]);
        int millis = Math.round((s[0] - wholeSeconds) * 1000);
        String time = String.format(java.util.Locale.ROOT, "%02d:%02d:%02d", h[0], mi[0], wholeSeconds)
                + (millis > 0 ? String.format(java.util.Locale.ROOT, ".%03d", millis) : "");
        if (type == ogrConstants.OFTDate) return date;
        String zone = "";
        if (tz[0] == 100) zone = "Z";
        else if (tz[0] > 1) {
            int minutes = (tz[0] - 100) * 15;
            zone = String.format(java.util.Locale.ROOT, "%s%02d:%02d", minutes < 0 ? "-" : "+", Math.abs(minutes) / 60, Math.abs(minutes) % 60);
        }
        return type == ogrConstants.OFTTime ? time : date + "T" + time + zone;
    }

    /** OGR field types onto the vector model's four: booleans, integers, reals; everything else (dates too) as text. */
    private static VectorLayer.Field field(FieldDefn d) {
        int t = d.GetFieldType();
        VectorLayer.FieldType type;
        if (t == ogrConstants.OFTInteger && d.GetSubType() == ogrConstants.OFSTBoolean) type = VectorLayer.FieldType.BOOLEAN;
        else if (t == ogrConstants.OFTInteger || t == ogrConstants.OFTInteger64) type = VectorLayer.FieldType.INTEGER;
        else if (t == ogrConstants.OFTReal) type = VectorLayer.FieldType.REAL;
        else type = VectorLayer.FieldType.TEXT;
        return new VectorLayer.Field(d.GetName(), type);
    }

    private static VectorLayer.GeometryType geometryType(int wkbType) {
        int flat = ogr.GT_Flatten(wkbType);
        if (flat == ogrConstants.wkbPoint) return VectorLayer.GeometryType.POINT;
        if (flat == ogrConstants.wkbLineString) return VectorLayer.GeometryType.LINESTRING;
        if (flat == ogrConstants.wkbPolygon) return VectorLayer.GeometryType.POLYGON;
        if (flat == ogrConstants.wkbMultiPoint) return VectorLayer.GeometryType.MULTIPOINT;
        if (flat == ogrConstants.wkbMultiLineString) return VectorLayer.GeometryType.MULTILINESTRING;
        if (flat == ogrConstants.wkbMultiPolygon) return VectorLayer.GeometryType.MULTIPOLYGON;
        return VectorLayer.GeometryType.GEOMETRY;
    }

    private static Map<String, Object> attributes(Feature f, List<VectorLayer.Field> fields) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            String key = fields.get(i).name();
            if (!f.IsFieldSetAndNotNull(i)) {
                out.put(key, null);
                continue;
            }
            int t = f.GetFieldType(i);
            Object v;
            if (fields.get(i).type() == VectorLayer.FieldType.BOOLEAN) v = f.GetFieldAsInteger(i) != 0;
            else if (t == ogrConstants.OFTInteger || t == ogrConstants.OFTInteger64) v = f.GetFieldAsInteger64(i);
            else if (t == ogrConstants.OFTReal) v = f.GetFieldAsDouble(i);
            else if (t == ogrConstants.OFTDate || t == ogrConstants.OFTDateTime || t == ogrConstants.OFTTime) v = isoDateTime(f, i, t);
            else v = f.GetFieldAsString(i);
            out.put(key, v);
        }
        return out;
    }
}
