package org.dunefront.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSource;
import org.dunefront.io.geotiff.GeoTiffReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The record-mean wind layers lie on the native wind grid of {@code wind_u.tif}/{@code wind_v.tif}, one band, and hold
 * per native cell the mean over the time steps with data (recomputed here from the written native series), the float
 * nodata where no step has data.
 */
class WindMeanNativeTest {
    @TempDir
    Path tmp;

    @Test
    void meanLayersAreTheRecordMeanOfEachNativeCell() throws Exception {
        SampleFixture sample = SampleFixture.shared();
        IngestCli.Result r = IngestCli.ingest(tmp.resolve("run"), sample.keys());
        assertEquals(0, r.code(), r.err());
        Path ws = r.workspace();
        check(ws.resolve(IngestOutputs.WIND_U), ws.resolve(IngestOutputs.WIND_U_MEAN));
        check(ws.resolve(IngestOutputs.WIND_V), ws.resolve(IngestOutputs.WIND_V_MEAN));
    }

    private static void check(Path nativeFile, Path meanFile) throws Exception {
        try (RasterSource nat = GeoTiffReader.open(nativeFile); RasterSource mean = GeoTiffReader.open(meanFile)) {
            assertTrue(mean.grid().sameGridAs(nat.grid(), 0), meanFile.getFileName() + " grid " + mean.grid() + " vs " + nat.grid());
            assertEquals(1, mean.bandCount());
            assertEquals(IngestOutputs.FLOAT_NODATA, mean.bandInfo(0).noData().value());
            assertEquals("m/s", mean.bandInfo(0).unit());
            int w = nat.grid().width(), h = nat.grid().height(), steps = nat.bandCount();
            assertTrue(steps > 1, "a time series");
            RasterBlock[] series = new RasterBlock[steps];
            for (int b = 0; b < steps; b++) series[b] = nat.read(b, nat.grid().extent());
            RasterBlock actual = mean.read(0, mean.grid().extent());
            int valid = 0;
            for (int row = 0; row < h; row++) {
                for (int c = 0; c < w; c++) {
                    double sum = 0;
                    int n = 0;
                    for (RasterBlock s : series) {
                        double v = s.get(c, row);
                        if (v == IngestOutputs.FLOAT_NODATA || Double.isNaN(v)) continue;
                        sum += (float) v;
                        n++;
                    }
                    float e = n == 0 ? IngestOutputs.FLOAT_NODATA : (float) (sum / n);
                    float a = (float) actual.get(c, row);
                    assertEquals(Float.floatToRawIntBits(e), Float.floatToRawIntBits(a), meanFile.getFileName() + " at " + c + ","
                            + row + ": " + e + " vs " + a);
                    if (n > 0) valid++;
                }
            }
            assertEquals(w * h, valid, meanFile.getFileName() + ": the sample's wind has data in every native cell");
        }
    }
}
