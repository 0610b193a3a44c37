package org.dunefront.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dunefront.error.InputDataException;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.io.VectorFeature;
import org.dunefront.io.VectorLayer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Minimal GeoJSON (RFC 7946) reader for the ingest vectors: Feature / FeatureCollection / bare
 * geometries of type (Multi)LineString, (Multi)Polygon, (Multi)Point and GeometryCollection.
 * Coordinates are longitude/latitude WGS 84 (EPSG:4326) unless the legacy {@code crs} member names
 * an EPSG code. Property values become Long, Double, Boolean or String.
 */
final class GeoJsonReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final GeometryFactory GF = new GeometryFactory();
    private static final Pattern EPSG = Pattern.compile("EPSG:{1,2}(\\d+)", Pattern.CASE_INSENSITIVE);

    private GeoJsonReader() { }

    static VectorLayer read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new InputDataException(file.toString(), "not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + ")",
                    "Export the layer again as GeoJSON (ogr2ogr -f GeoJSON out.geojson in.shp)", e);
        }
        if (root == null || !root.isObject()) {
            throw new InputDataException(file.toString(), "not a GeoJSON object", "Give a GeoJSON FeatureCollection");
        }
        CrsDefinition crs = CrsDefinition.epsg(4326);
        JsonNode crsName = root.path("crs").path("properties").path("name");
        if (crsName.isTextual()) {
            Matcher m = EPSG.matcher(crsName.asText().replace("::", ":"));
            if (m.find() && !crsName.asText().toUpperCase(Locale.ROOT).contains("CRS84")) {
                crs = CrsDefinition.epsg(Integer.parseInt(m.group(1)));
            }
        }
        List<JsonNode> features = new ArrayList<>();
        String type = root.path("type").asText();
        switch (type) {
            case "FeatureCollection" -> root.path("features").forEach(features::add);
            case "Feature" -> features.add(root);
            default -> {
                var f = JSON.createObjectNode();
                f.set("geometry", root);
                features.add(f);
            }
        }
        List<VectorFeature> out = new ArrayList<>();
        LinkedHashMap<String, VectorLayer.FieldType> fields = new LinkedHashMap<>();
        for (JsonNode f : features) {
            Geometry g = f.hasNonNull("geometry") ? geometry(f.get("geometry"), file) : null;
            Map<String, Object> attrs = new LinkedHashMap<>();
            f.path("properties").fields().forEachRemaining(e -> {
                JsonNode v = e.getValue();
                Object value;
                VectorLayer.FieldType t;
                if (v.isBoolean()) { value = v.asBoolean(); t = VectorLayer.FieldType.BOOLEAN; }
                else if (v.isIntegralNumber()) { value = v.asLong(); t = VectorLayer.FieldType.INTEGER; }
                else if (v.isNumber()) { value = v.asDouble(); t = VectorLayer.FieldType.REAL; }
                else if (v.isNull()) { value = null; t = null; }
                else { value = v.isTextual() ? v.asText() : v.toString(); t = VectorLayer.FieldType.TEXT; }
                attrs.put(e.getKey(), value);
                if (t != null) fields.putIfAbsent(e.getKey(), t);
                else fields.putIfAbsent(e.getKey(), VectorLayer.FieldType.TEXT);
            });
            out.add(new VectorFeature(g, attrs));
        }
        List<VectorLayer.Field> fl = new ArrayList<>();
        fields.forEach((k, t) -> fl.add(new VectorLayer.Field(k, t)));
        String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return new VectorLayer(name, crs, VectorLayer.GeometryType.GEOMETRY, fl, out);
    }

    private static Geometry geometry(JsonNode g, Path file) {
        String type = g.path("type").asText();
        JsonNode c = g.path("coordinates");
        return switch (type) {
            case "Point" -> GF.createPoint(coordinate(c));
            case "MultiPoint" -> GF.createMultiPointFromCoords(coordinates(c));
            case "LineString" -> GF.createLineString(coordinates(c));
            case "MultiLineString" -> {
                LineString[] ls = new LineString[c.size()];
                for (int i = 0; i < ls.length; i++) ls[i] = GF.createLineString(coordinates(c.get(i)));
                yield GF.createMultiLineString(ls);
            }
            case "Polygon" -> polygon(c);
            case "MultiPolygon" -> {
                Polygon[] ps = new Polygon[c.size()];
                for (int i = 0; i < ps.length; i++) ps[i] = polygon(c.get(i));
                yield GF.createMultiPolygon(ps);
            }
            case "GeometryCollection" -> {
                JsonNode gs = g.path("geometries");
                Geometry[] parts = new Geometry[gs.size()];
                for (int i = 0; i < parts.length; i++) parts[i] = geometry(gs.get(i), file);
                yield GF.createGeometryCollection(parts);
            }
            default -> throw new InputDataException(file.toString(), "unsupported GeoJSON geometry type '" + type + "'",
                    "Use Point, LineString, Polygon or their Multi variants");
        };
    }

    private static Polygon polygon(JsonNode rings) {
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[Math.max(0, rings.size() - 1)];
        for (int i = 0; i < holes.length; i++) holes[i] = ring(rings.get(i + 1));
        return GF.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode c) {
        Coordinate[] cs = coordinates(c);
        if (cs.length > 0 && !cs[0].equals2D(cs[cs.length - 1])) {
            cs = java.util.Arrays.copyOf(cs, cs.length + 1);
            cs[cs.length - 1] = new Coordinate(cs[0]);
        }
        return GF.createLinearRing(cs);
    }

    private static Coordinate[] coordinates(JsonNode c) {
        Coordinate[] out = new Coordinate[c.size()];
        for (int i = 0; i < out.length; i++) out[i] = coordinate(c.get(i));
        return out;
    }

    private static Coordinate coordinate(JsonNode p) {
        return new Coordinate(p.get(0).asDouble(), p.get(1).asDouble());
    }
}
