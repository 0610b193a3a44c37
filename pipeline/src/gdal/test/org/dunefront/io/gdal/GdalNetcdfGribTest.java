package org.dunefront.io.gdal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dunefront.error.InputDataException;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.DataType;
import org.dunefront.grid.RasterSource;
import org.dunefront.io.RasterIO;
import org.dunefront.testkit.Gdal;
import org.dunefront.testkit.RealData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wind data formats GDAL unlocks: ERA5 NetCDF (packed Int16 with scale/offset/fill), ERA-Interim time × level bands, GRIB. */
class GdalNetcdfGribTest {

    @BeforeAll
    static void gdal() {
        GdalTesting.requireBackend();
    }

    private static String subdataset(Path nc, String var) {
        return "NETCDF:\"" + nc + "\":" + var;
    }

    @Test
    void era5WindComponentsMatchGdalinfoStatisticsInMetresPerSecond() throws Exception {
        Path nc = RealData.file("wind/era5_conus_1995-07-14T12.nc");
        for (String var : List.of("u10", "v10")) {
            String name = subdataset(nc, var);
            JsonNode info = GdalTesting.info(name, "-stats");
            JsonNode band = info.get("bands").get(0);
            double rawMean = band.get("mean").asDouble();
            double scale = band.get("scale").asDouble();
            double offset = band.get("offset").asDouble();
            double expectedMeanMps = rawMean * scale + offset;
            try (RasterSource src = RasterIO.openGdal(name)) {
                assertEquals(DataType.INT16, src.dataType());
                assertEquals(237, src.grid().width());
                assertEquals(105, src.grid().height());
                BandInfo bi = src.bandInfo(0);
                assertEquals(-32767, bi.noData().value(), var + " _FillValue is the nodata");
                assertEquals(scale, bi.scale(), 1e-15);
                assertEquals(offset, bi.offset(), 1e-15);
                assertEquals("m s**-1", bi.unit());
                double[] raw = GdalTesting.readAll(src, 0);
                double sum = 0;
                int n = 0;
                for (double v : raw) {
                    if (bi.noData().matches(v)) continue;
                    sum += v * bi.scale() + bi.offset();
                    n++;
                }
                assertEquals(band.get("metadata").get("").get("STATISTICS_VALID_PERCENT").asDouble(), 100.0 * n / raw.length, 1e-9);
                assertEquals(expectedMeanMps, sum / n, 1e-4, var + " mean wind component, m/s");
                double[] origin = src.grid().transform().toGdal();
                assertEquals(-125.125, origin[0], 1e-12);
                assertEquals(50.125, origin[3], 1e-12);
            }
        }
    }

    @Test
    void eraInterimMonthsAndLevelsBecomeBandsWithTheirCoordinates() throws Exception {
        Path nc = RealData.file("wind/eraint_uvz_monthly.nc");
        String name = subdataset(nc, "u");
        JsonNode info = GdalTesting.info(name);
        try (RasterSource src = RasterIO.openGdal(name)) {
            assertEquals(info.get("bands").size(), src.bandCount());
            assertEquals(6, src.bandCount(), "2 months x 3 pressure levels");
            List<String> months = new ArrayList<>();
            List<String> levels = new ArrayList<>();
            for (int b = 0; b < src.bandCount(); b++) {
                months.add(src.bandInfo(b).metadata().get("NETCDF_DIM_month"));
                levels.add(src.bandInfo(b).metadata().get("NETCDF_DIM_level"));
                assertTrue(src.bandInfo(b).scale() < 0, "negative scale_factor kept");
            }
            assertEquals(List.of("1", "1", "1", "7", "7", "7"), months);
            assertEquals(List.of("200", "500", "850", "200", "500", "850"), levels);
            assertEquals("{1,7}", src.metadata().get("NETCDF_DIM_month_VALUES"));
            GdalTesting.assertSameCells(Gdal.pixels(Path.of(name), 5, tmp), GdalTesting.readAll(src, 4), "July 500 hPa u");
        }
    }

    @TempDir
    static Path tmp;

    @Test
    void gribMessagesAreBandsStampedWithTheirValidTime() throws Exception {
        Path grib = RealData.file("wind/uv_on_different_levels.grib");
        JsonNode info = GdalTesting.info(grib.toString());
        try (RasterSource src = GdalTesting.open(grib)) {
            assertEquals(info.get("bands").size(), src.bandCount());
            assertEquals(16, src.bandCount());
            assertEquals(DataType.FLOAT64, src.dataType());
            // 1508349600 s after 1970-01-01 = 17457.75 days = 2017-10-18 18:00 UTC
            assertEquals("2017-10-18T18:00:00Z", src.bandInfo(0).metadata().get("time"));
            assertEquals("U", src.bandInfo(0).metadata().get("GRIB_ELEMENT"));
            for (int b = 0; b < src.bandCount(); b++) {
                JsonNode md = info.get("bands").get(b).get("metadata").get("");
                long validS = Long.parseLong(md.get("GRIB_VALID_TIME").asText().trim().split("\\s+")[0]);
                assertEquals(java.time.Instant.ofEpochSecond(validS).toString(), src.bandInfo(b).metadata().get("time"));
            }
            GdalTesting.assertSameCells(Gdal.pixels(grib, 16, tmp), GdalTesting.readAll(src, 15), "GRIB band 16");
        }
    }

    @Test
    void aNetcdfFileWithSeveralVariablesNamesItsSubdatasets() {
        Path nc = RealData.file("wind/era5_conus_1995-07-14T12.nc");
        InputDataException e = assertThrows(InputDataException.class, () -> GdalTesting.open(nc));
        assertTrue(e.getMessage().startsWith(nc.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("NETCDF:\"" + nc + "\":u10"), e.getMessage());
    }
}
