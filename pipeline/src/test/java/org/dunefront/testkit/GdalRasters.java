package org.dunefront.testkit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GeoTransform;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.MemoryRaster;
import org.dunefront.grid.NoData;
import org.dunefront.grid.RasterBlock;

/**
 * Loads a raster into a {@link MemoryRaster} through GDAL's command-line tools only ({@code gdalinfo -json}
 * for size, geotransform, nodata and CRS; {@code gdal_translate -of ENVI} for pixels): an independent
 * loader for tests of operations that must not depend on Dunefront's own readers.
 * The CRS carries GDAL's EPSG code when {@code gdalinfo} reports one ({@code stac.proj:epsg}) and GDAL's
 * WKT (WKT2:2019) always.
 */
public final class GdalRasters {
    private GdalRasters() { }

    /** All bands of {@code file}; {@code workDir} receives GDAL's temporary ENVI files. */
    public static MemoryRaster load(Path file, Path workDir) {
        Gdal.require();
        JsonNode info = Gdal.info(file);
        int w = info.get("size").get(0).asInt(), h = info.get("size").get(1).asInt();
        double[] gt = Gdal.geoTransform(info);
        GeoTransform transform = gt == null ? GeoTransform.northUp(0, h, 1, 1) : GeoTransform.fromGdal(gt);
        GridGeometry grid = new GridGeometry(crsOf(info), transform, w, h);
        JsonNode bands = info.get("bands");
        DataType type = typeOf(bands.get(0).get("type").asText());
        List<BandInfo> infos = new ArrayList<>();
        for (JsonNode b : bands) infos.add(BandInfo.of(noDataOf(b)));
        MemoryRaster r = new MemoryRaster(file.toString(), grid, type, infos);
        Path pixelFile = file;
        if (!transform.isNorthUp() && gt != null) {
            // GDAL's ENVI driver refuses rotated geotransforms: decode from a copy with a north-up one (same pixels)
            pixelFile = workDir.resolve("northup-" + file.getFileName() + ".tif");
            Gdal.run("gdal_translate", "-q", "-a_ullr", "0", String.valueOf(h), String.valueOf(w), "0", file.toString(), pixelFile.toString());
        }
        for (int b = 0; b < bands.size(); b++) {
            double[] px = Gdal.pixels(pixelFile, b + 1, workDir);
            RasterBlock blk = r.band(b);
            for (int row = 0, i = 0; row < h; row++) for (int c = 0; c < w; c++) blk.set(c, row, px[i++]);
        }
        return r;
    }

    /** GDAL's view of the CRS: EPSG code (when identified by GDAL) plus WKT. */
    public static CrsDefinition crsOf(JsonNode info) {
        JsonNode cs = info.get("coordinateSystem");
        String wkt = cs == null || cs.get("wkt") == null ? "" : cs.get("wkt").asText();
        JsonNode stac = info.get("stac");
        int epsg = stac != null && stac.get("proj:epsg") != null && stac.get("proj:epsg").isInt() ? stac.get("proj:epsg").asInt() : 0;
        return new CrsDefinition(epsg, wkt);
    }

    static NoData noDataOf(JsonNode band) {
        JsonNode nd = band.get("noDataValue");
        if (nd == null || nd.isNull()) return NoData.NONE;
        if (nd.isTextual()) return nd.asText().equalsIgnoreCase("nan") ? NoData.NAN : NoData.of(Double.parseDouble(nd.asText()));
        return NoData.of(nd.asDouble());
    }

    static DataType typeOf(String gdalType) {
        return switch (gdalType) {
            case "Byte" -> DataType.UINT8;
            case "Int8" -> DataType.INT8;
            case "UInt16" -> DataType.UINT16;
            case "Int16" -> DataType.INT16;
            case "Int32" -> DataType.INT32;
            case "Float32" -> DataType.FLOAT32;
            case "Float64" -> DataType.FLOAT64;
            default -> throw new IllegalArgumentException("GDAL type " + gdalType + " has no Dunefront equivalent");
        };
    }
}
