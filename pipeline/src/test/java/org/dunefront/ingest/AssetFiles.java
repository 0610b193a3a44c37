package org.dunefront.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds asset GeoJSON files for the tests: features as geometry JSON plus an optional {@code class} (test helper). */
final class AssetFiles {
    private final List<String> features = new ArrayList<>();
    private final String crsMember;

    private AssetFiles(String crsMember) {
        this.crsMember = crsMember;
    }

    /** Coordinates in EPSG:{@code epsg} (the legacy GeoJSON {@code crs} member). */
    static AssetFiles inEpsg(int epsg) {
        return new AssetFiles("\"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"urn:ogc:def:crs:EPSG::" + epsg + "\"}}, ");
    }

    /** Coordinates in longitude/latitude WGS 84 (RFC 7946 default). */
    static AssetFiles lonLat() {
        return new AssetFiles("");
    }

    /** A feature; {@code cls} null = no {@code class} attribute; {@code name} null = none. */
    AssetFiles feature(String geometryJson, String cls, String name) {
        StringBuilder p = new StringBuilder();
        if (cls != null) p.append("\"class\": \"").append(cls).append('"');
        if (name != null) p.append(p.length() > 0 ? ", " : "").append("\"name\": \"").append(name).append('"');
        features.add("{\"type\": \"Feature\", \"properties\": {" + p + "}, \"geometry\": " + geometryJson + "}");
        return this;
    }

    AssetFiles feature(String geometryJson, String cls) {
        return feature(geometryJson, cls, null);
    }

    Path write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"type\": \"FeatureCollection\", " + crsMember + "\"features\": [\n"
                + String.join(",\n", features) + "\n]}\n");
        return file;
    }

    static String line(double... xy) {
        return "{\"type\": \"LineString\", \"coordinates\": " + coords(xy) + "}";
    }

    static String polygon(double... xy) {
        return "{\"type\": \"Polygon\", \"coordinates\": [" + coords(xy) + "]}";
    }

    static String point(double x, double y) {
        return "{\"type\": \"Point\", \"coordinates\": [" + x + ", " + y + "]}";
    }

    private static String coords(double... xy) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < xy.length; i += 2) sb.append(i > 0 ? ", " : "").append('[').append(xy[i]).append(", ").append(xy[i + 1]).append(']');
        return sb.append(']').toString();
    }
}
