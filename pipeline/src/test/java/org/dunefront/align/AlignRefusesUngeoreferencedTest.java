package org.dunefront.align;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import org.dunefront.error.InputDataException;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.RasterSource;
import org.dunefront.io.geotiff.GeoTiffReader;
import org.dunefront.testkit.RealData;
import org.junit.jupiter.api.Test;

/** A GCP-only file has no geotransform: aligning it must fail with a message naming the file and the fix. */
class AlignRefusesUngeoreferencedTest {

    @Test
    void gcpOnlyFileIsRefusedWithAFix() throws Exception {
        Path f = RealData.file("encodings/original/georust_austrian_capitals_model_tie_points_pixel_is_area.tif");
        GridGeometry target = GridGeometry.northUp(CrsDefinition.epsg(3035), 4200000, 2900000, 1000, 1000, 10, 10);
        try (RasterSource src = GeoTiffReader.open(f)) {
            assertEquals("gcps", src.metadata().get("GEOREFERENCING"));
            InputDataException e = assertThrows(InputDataException.class,
                    () -> new RasterAligner(src, target, AlignParameters.of(Resampling.NEAREST)));
            assertTrue(e.getMessage().contains(f.getFileName().toString()), e.getMessage());
            assertTrue(e.getMessage().contains("no geotransform"), e.getMessage());
            assertTrue(e.getMessage().contains("gdalwarp"), e.getMessage());
            assertEquals(3, e.exitCode());
        }
    }
}
