package org.dunefront.io.gdal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.dunefront.grid.RasterSource;
import org.dunefront.io.RasterIO;
import org.dunefront.testkit.Gdal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CF time axis (u10[time, lat, lon], "hours since 2024-03-01 00:00:00") becomes one band per time
 * step with its ISO-8601 time stamp. The file is written by GDAL's multidimensional netCDF API
 * through Debian's python3-gdal, so the values and times are known by construction.
 */
class GdalNetcdfTimeAxisTest {
    private static final String MAKE_NETCDF = String.join("\n",
            "import struct, sys",
            "from osgeo import gdal",
            "gdal.UseExceptions()",
            "ds = gdal.GetDriverByName('netCDF').CreateMultiDimensional(sys.argv[1])",
            "rg = ds.GetRootGroup()",
            "t = rg.CreateDimension('time', None, None, 3)",
            "y = rg.CreateDimension('lat', None, None, 2)",
            "x = rg.CreateDimension('lon', None, None, 4)",
            "f64 = gdal.ExtendedDataType.Create(gdal.GDT_Float64)",
            "def var(name, dim, values, attrs):",
            "    v = rg.CreateMDArray(name, [dim], f64)",
            "    v.Write(struct.pack('%dd' % len(values), *values))",
            "    for k, s in attrs.items():",
            "        v.CreateAttribute(k, [], gdal.ExtendedDataType.CreateString()).Write(s)",
            "var('time', t, [0, 6, 30], {'units': 'hours since 2024-03-01 00:00:00', 'calendar': 'gregorian', 'standard_name': 'time'})",
            "var('lat', y, [40.5, 39.5], {'units': 'degrees_north', 'standard_name': 'latitude'})",
            "var('lon', x, [100.5, 101.5, 102.5, 103.5], {'units': 'degrees_east', 'standard_name': 'longitude'})",
            "u = rg.CreateMDArray('u10', [t, y, x], gdal.ExtendedDataType.Create(gdal.GDT_Float32))",
            "u.Write(struct.pack('24f', *[float(i) for i in range(24)]))");

    @TempDir
    Path tmp;

    @BeforeAll
    static void gdal() {
        GdalTesting.requireBackend();
    }

    @Test
    void timeStepsAreBandsWithIsoTimestamps() throws Exception {
        Path nc = tmp.resolve("u10_time.nc");
        Gdal.run("/usr/bin/python3", "-c", MAKE_NETCDF, nc.toString());
        try (RasterSource src = RasterIO.openGdal("NETCDF:\"" + nc + "\":u10")) {
            assertEquals(3, src.bandCount());
            List<String> times = List.of(src.bandInfo(0).metadata().get("time"), src.bandInfo(1).metadata().get("time"),
                    src.bandInfo(2).metadata().get("time"));
            // 0 h, 6 h and 30 h (= 1 day 6 h) after 2024-03-01T00:00Z
            assertEquals(List.of("2024-03-01T00:00:00Z", "2024-03-01T06:00:00Z", "2024-03-02T06:00:00Z"), times);
            // cell centres 100.5..103.5 E, 40.5..39.5 N with 1-degree cells: upper-left corner (100, 41)
            assertEquals(List.of(100.0, 1.0, 0.0, 41.0, 0.0, -1.0),
                    java.util.Arrays.stream(src.grid().transform().toGdal()).boxed().toList());
            double[] second = GdalTesting.readAll(src, 1);
            for (int i = 0; i < 8; i++) assertEquals(8 + i, second[i], "u10 at time step 2 was written as 8..15");
        }
    }
}
