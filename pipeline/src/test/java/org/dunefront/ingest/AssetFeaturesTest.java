package org.dunefront.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dunefront.error.DunefrontException;
import org.dunefront.error.InputDataException;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.GridGeometry;
import org.dunefront.io.VectorFeature;
import org.dunefront.io.VectorLayer;
import org.dunefront.io.gpkg.GeoPackageWriter;
import org.dunefront.legend.Legend;
import org.dunefront.legend.LegendFiles;
import org.dunefront.testkit.Gdal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** Reading asset files: classes from the attribute and by default, reprojection (checked by gdal_rasterize), errors. */
class AssetFeaturesTest {
    static final Legend LEGEND = LegendFiles.defaultLegend();
    /** 10 × 10 cells of 10 m in UTM 48N, upper-left corner (500000, 4200000): pixel (x, y) = map (500000 + 10x, 4200000 − 10y). */
    static final GridGeometry GRID = GridGeometry.northUp(CrsDefinition.epsg(32648), 500000, 4200000, 10, 10, 10, 10);

    @TempDir
    Path tmp;

    static double mx(double px) {
        return 500000 + 10 * px;
    }

    static double my(double py) {
        return 4200000 - 10 * py;
    }

    static byte[] burn(AssetShapes s, GridGeometry g) {
        byte[] out = new byte[(int) g.cellCount()];
        s.burn(g.extent(), out);
        return out;
    }

    /** The diagonal of {@link AssetShapesTest} given in map coordinates in a file: the same 25 cells, 20 m wide. */
    @Test
    void lineFromAFileBurnsTheHandListedCells() throws Exception {
        Path f = AssetFiles.inEpsg(32648).feature(AssetFiles.line(mx(0), my(2.2), mx(10), my(7.2)), null).write(tmp.resolve("road.geojson"));
        byte[] out = burn(AssetFeatures.read(new AssetInput(f, 20), LEGEND, GRID), GRID);
        int[][] rowsPerColumn = {{1, 2, 3}, {2, 3}, {2, 3, 4}, {3, 4}, {3, 4, 5}, {4, 5}, {4, 5, 6}, {5, 6}, {5, 6, 7}, {6, 7}};
        byte[] expected = new byte[100];
        for (int c = 0; c < 10; c++) for (int r : rowsPerColumn[c]) expected[r * 10 + c] = 11;
        assertArrayEquals(expected, out);
    }

    /**
     * class attribute (trimmed, any case) → that legend class; no attribute or a blank value → lines road, polygons settlement.
     * Feature counts per class are kept for grid.json.
     */
    @Test
    void classesComeFromTheAttributeElseFromTheGeometry() throws Exception {
        Path f = AssetFiles.inEpsg(32648)
                .feature(AssetFiles.line(mx(0), my(0.5), mx(10), my(0.5)), null, "G312")        // row 0 → road
                .feature(AssetFiles.line(mx(0), my(9.5), mx(10), my(9.5)), " Farmland ")        // row 9 → farmland
                .feature(AssetFiles.polygon(mx(1), my(2), mx(4), my(2), mx(4), my(5), mx(1), my(5), mx(1), my(2)), "") // settlement
                .feature(AssetFiles.polygon(mx(6), my(2), mx(9), my(2), mx(9), my(5), mx(6), my(5), mx(6), my(2)), "solar_park")
                .feature(AssetFiles.polygon(mx(1), my(6), mx(3), my(6), mx(3), my(8), mx(1), my(8), mx(1), my(6)), "industrial_mining")
                .write(tmp.resolve("assets.geojson"));
        AssetShapes s = AssetFeatures.read(new AssetInput(f, 0), LEGEND, GRID);
        Map<String, Integer> features = new TreeMap<>();
        s.classes().forEach(c -> features.put(c.cls().id(), c.features()));
        assertEquals(Map.of("road", 1, "farmland", 1, "settlement", 1, "solar_park", 1, "industrial_mining", 1), features);
        // burn order: ascending asset value (road 0.6, farmland 0.7, solar 0.8 / industrial 0.8 by descending code, settlement 1.0)
        assertEquals(List.of("road", "farmland", "solar_park", "industrial_mining", "settlement"),
                s.classes().stream().map(c -> c.cls().id()).toList());
        byte[] out = burn(s, GRID);
        byte[] expected = new byte[100];
        for (int c = 0; c < 10; c++) {
            expected[c] = 11;
            expected[90 + c] = 7;
        }
        for (int r = 2; r < 5; r++) {
            for (int c = 1; c < 4; c++) expected[r * 10 + c] = 8;
            for (int c = 6; c < 9; c++) expected[r * 10 + c] = 10;
        }
        for (int r = 6; r < 8; r++) for (int c = 1; c < 3; c++) expected[r * 10 + c] = 9;
        assertArrayEquals(expected, out);
    }

    /**
     * A solar park polygon and a road in longitude/latitude (EPSG:4326) onto a 30 m UTM 48N grid: the same cells as GDAL's
     * ogr2ogr -t_srs EPSG:32648 then gdal_rasterize (polygon: cell centres; line: -at, every cell touched).
     */
    @Test
    void lonLatAssetsLandOnTheCellsGdalRasterizes() throws Exception {
        Gdal.require();
        String park = AssetFiles.polygon(103.854691627, 38.481869751, 103.861657050, 38.481469045, 103.864015121, 38.476589543,
                103.857074286, 38.474737693, 103.854691627, 38.481869751);
        String road = AssetFiles.line(103.852969989, 38.478374368, 103.859685111, 38.476376245, 103.867938015, 38.474248418);
        Path assets = AssetFiles.lonLat().feature(park, "solar_park").feature(road, null).write(tmp.resolve("assets.geojson"));
        Path parkFile = AssetFiles.lonLat().feature(park, null).write(tmp.resolve("park.geojson"));
        Path roadFile = AssetFiles.lonLat().feature(road, null).write(tmp.resolve("road.geojson"));
        GridGeometry utm = GridGeometry.northUp(CrsDefinition.epsg(32648), 400000, 4260000, 30, 30, 40, 40);

        byte[] ours = burn(AssetFeatures.read(new AssetInput(assets, 0), LEGEND, utm), utm);
        double[] gdalPark = gdalRasterize(parkFile, false), gdalRoad = gdalRasterize(roadFile, true);
        byte[] expected = new byte[1600];
        int parkCells = 0, roadCells = 0;
        for (int i = 0; i < 1600; i++) {
            if (gdalPark[i] != 0) parkCells++;
            if (gdalRoad[i] != 0) roadCells++;
            expected[i] = gdalPark[i] != 0 ? (byte) 10 : gdalRoad[i] != 0 ? (byte) 11 : 0; // solar park (0.8) over road (0.6)
        }
        System.out.printf("lon/lat assets on UTM 48N: gdal_rasterize park %d cells, road (-at) %d cells%n", parkCells, roadCells);
        assertTrue(parkCells > 300 && roadCells > 40, "park " + parkCells + ", road " + roadCells);
        assertArrayEquals(expected, ours);
    }

    private double[] gdalRasterize(Path lonLat, boolean allTouched) {
        String name = lonLat.getFileName().toString().replace(".geojson", "");
        Path utm = tmp.resolve(name + "_utm.gpkg"), tif = tmp.resolve(name + ".tif");
        Gdal.run("ogr2ogr", "-f", "GPKG", "-t_srs", "EPSG:32648", utm.toString(), lonLat.toString());
        List<String> cmd = new java.util.ArrayList<>(List.of("gdal_rasterize", "-q", "-burn", "1", "-te", "400000", "4258800",
                "401200", "4260000", "-tr", "30", "30", "-ot", "Byte"));
        if (allTouched) cmd.add("-at");
        cmd.addAll(List.of(utm.toString(), tif.toString()));
        Gdal.run(cmd.toArray(String[]::new));
        return Gdal.pixels(tif, 1, tmp);
    }

    // ---- errors: InputDataException (exit 3) naming the file, the feature, the problem and the fix -------------------------

    private InputDataException error(Path file) {
        InputDataException e = assertThrows(InputDataException.class, () -> AssetFeatures.read(new AssetInput(file, 30), LEGEND, GRID));
        assertEquals(DunefrontException.EXIT_INPUT, e.exitCode());
        assertEquals(file.toString(), e.subject());
        return e;
    }

    @Test
    void unknownClassNamesFeatureValueAndTheAssetClasses() throws Exception {
        Path f = AssetFiles.inEpsg(32648).feature(AssetFiles.line(mx(0), my(1), mx(5), my(1)), null)
                .feature(AssetFiles.line(mx(0), my(2), mx(5), my(2)), "railway", "Lanxin line").write(tmp.resolve("a.geojson"));
        InputDataException e = error(f);
        assertTrue(e.problem().contains("feature 2 (name 'Lanxin line'): unknown asset class 'railway'"), e.problem());
        assertTrue(e.fix().contains("farmland, settlement, industrial_mining, solar_park, road"), e.fix());
    }

    @Test
    void nonAssetClassIsRejectedWithItsSurface() throws Exception {
        Path f = AssetFiles.inEpsg(32648).feature(AssetFiles.polygon(mx(1), my(1), mx(3), my(1), mx(3), my(3), mx(1), my(1)), "water")
                .write(tmp.resolve("a.geojson"));
        InputDataException e = error(f);
        assertTrue(e.problem().contains("feature 1: class 'water' is not an asset class (its surface is SINK, not ASSET_TRAP)"),
                e.problem());
        assertTrue(e.fix().contains("one of the asset classes: farmland, settlement"), e.fix());
    }

    @Test
    void pointsAreRejectedWithTheBufferFix() throws Exception {
        Path f = AssetFiles.inEpsg(32648).feature(AssetFiles.line(mx(0), my(1), mx(5), my(1)), "road")
                .feature(AssetFiles.point(mx(2), my(2)), "settlement", "well 7").write(tmp.resolve("a.geojson"));
        InputDataException e = error(f);
        assertTrue(e.problem().contains("feature 2 (name 'well 7') is a Point; assets must be lines or polygons"), e.problem());
        assertTrue(e.fix().contains("ST_Buffer"), e.fix());
    }

    @Test
    void emptyLayerAndMissingFileAndUnknownFormat() throws Exception {
        assertTrue(error(AssetFiles.inEpsg(32648).write(tmp.resolve("empty.geojson"))).problem().contains("is empty (0 features"));
        Path nulls = tmp.resolve("nulls.geojson");
        Files.writeString(nulls, "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"properties\": {},"
                + " \"geometry\": null}]}");
        assertTrue(error(nulls).problem().contains("is empty (1 features, none with a geometry)"));
        InputDataException missing = error(tmp.resolve("nowhere/assets.gpkg"));
        assertTrue(missing.problem().contains("asset file not found") && missing.fix().contains("study.assets"), missing.fix());
        Path shp = tmp.resolve("roads.shp");
        Files.writeString(shp, "not read");
        assertTrue(error(shp).problem().contains("unsupported vector format"));
    }

    @Test
    void geoPackageWithoutCrsIsRejected() throws Exception {
        Path f = tmp.resolve("nocrs.gpkg");
        var line = new GeometryFactory().createLineString(new Coordinate[] {new Coordinate(mx(0), my(1)), new Coordinate(mx(5), my(1))});
        GeoPackageWriter.write(f, new VectorLayer("roads", CrsDefinition.UNKNOWN, VectorLayer.GeometryType.LINESTRING,
                List.of(), List.of(new VectorFeature(line, Map.of()))));
        InputDataException e = error(f);
        assertTrue(e.problem().contains("the asset layer 'roads' has no coordinate reference system"), e.problem());
        assertTrue(e.fix().contains("ogr2ogr -a_srs"), e.fix());
    }

    /** The same assets as a GeoPackage in UTM read like the GeoJSON (class attribute from a TEXT column). */
    @Test
    void geoPackageAssetsWithClassColumn() throws Exception {
        Path f = tmp.resolve("assets.gpkg");
        var gf = new GeometryFactory();
        var line = gf.createLineString(new Coordinate[] {new Coordinate(mx(0), my(0.5)), new Coordinate(mx(10), my(0.5))});
        var square = gf.createPolygon(new Coordinate[] {new Coordinate(mx(2), my(2)), new Coordinate(mx(4), my(2)),
                new Coordinate(mx(4), my(4)), new Coordinate(mx(2), my(4)), new Coordinate(mx(2), my(2))});
        var fields = List.of(new VectorLayer.Field("class", VectorLayer.FieldType.TEXT));
        java.util.Map<String, Object> noClass = new java.util.HashMap<>();
        noClass.put("class", null);
        GeoPackageWriter.write(f, new VectorLayer("assets", CrsDefinition.epsg(32648), VectorLayer.GeometryType.GEOMETRY, fields,
                List.of(new VectorFeature(line, noClass), new VectorFeature(square, Map.of("class", "farmland")))));
        byte[] out = burn(AssetFeatures.read(new AssetInput(f, 0), LEGEND, GRID), GRID);
        byte[] expected = new byte[100];
        for (int c = 0; c < 10; c++) expected[c] = 11;
        for (int r = 2; r < 4; r++) for (int c = 2; c < 4; c++) expected[r * 10 + c] = 7;
        assertArrayEquals(expected, out);
    }
}
