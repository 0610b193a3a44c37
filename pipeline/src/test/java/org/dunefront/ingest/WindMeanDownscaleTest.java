package org.dunefront.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.dunefront.align.AlignParameters;
import org.dunefront.align.RasterAligner;
import org.dunefront.align.Resampling;
import org.dunefront.grid.DataType;
import org.dunefront.grid.MemoryRaster;
import org.dunefront.grid.NoData;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSource;
import org.dunefront.io.geotiff.GeoTiffReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fused u/v downscale of the ingest writes, cell for cell and bit for bit, what the former per-component path
 * computed: the record mean of each native wind cell (nodata steps left out), aligned bilinearly onto the study grid
 * on its own, NaN (written as the float nodata) outside the AOI.
 */
class WindMeanDownscaleTest {
    @TempDir
    Path tmp;

    @Test
    void meanLayersEqualThePerComponentAlignment() throws Exception {
        SampleFixture sample = SampleFixture.shared();
        IngestCli.Result r = IngestCli.ingest(tmp.resolve("run"), sample.keys());
        assertEquals(0, r.code(), r.err());
        Path ws = r.workspace();
        try (RasterSource aoi = GeoTiffReader.open(ws.resolve(IngestOutputs.AOI))) {
            RasterBlock mask = aoi.read(0, aoi.grid().extent());
            check(ws.resolve(IngestOutputs.WIND_U), ws.resolve(IngestOutputs.WIND_U_MEAN), mask);
            check(ws.resolve(IngestOutputs.WIND_V), ws.resolve(IngestOutputs.WIND_V_MEAN), mask);
        }
    }

    private static void check(Path nativeFile, Path meanFile, RasterBlock mask) throws Exception {
        try (RasterSource nat = GeoTiffReader.open(nativeFile); RasterSource mean = GeoTiffReader.open(meanFile)) {
            int w = nat.grid().width(), h = nat.grid().height(), steps = nat.bandCount();
            float[] m = new float[w * h];
            for (int i = 0; i < m.length; i++) {
                double sum = 0;
                int n = 0;
                for (int b = 0; b < steps; b++) {
                    double v = nat.read(b, nat.grid().extent()).get(i % w, i / w);
                    if (v == IngestOutputs.FLOAT_NODATA || Double.isNaN(v)) continue;
                    sum += (float) v;
                    n++;
                }
                m[i] = n == 0 ? Float.NaN : (float) (sum / n);
            }
            MemoryRaster oneComponent = MemoryRaster.single("mean", nat.grid(), DataType.FLOAT32, NoData.NAN);
            oneComponent.write(0, new RasterBlock.Floats(nat.grid().extent(), NoData.NAN, m));
            RasterBlock expected = new RasterAligner(oneComponent, mean.grid(), AlignParameters.of(Resampling.BILINEAR))
                    .align(0, mean.grid().extent());
            RasterBlock actual = mean.read(0, mean.grid().extent());
            int valid = 0;
            for (int row = 0; row < actual.height(); row++) {
                for (int c = 0; c < actual.width(); c++) {
                    float e = mask.get(c, row) == 0 ? Float.NaN : (float) expected.get(c, row);
                    if (Float.isNaN(e)) e = IngestOutputs.FLOAT_NODATA;
                    float a = (float) actual.get(c, row);
                    assertEquals(Float.floatToRawIntBits(e), Float.floatToRawIntBits(a), meanFile.getFileName() + " at " + c + "," + row
                            + ": " + e + " vs " + a);
                    if (e != IngestOutputs.FLOAT_NODATA) valid++;
                }
            }
            assertTrue(valid > actual.width() * actual.height() / 4, meanFile.getFileName() + ": valid cells " + valid);
        }
    }
}
