package org.dunefront.ingest;

import java.io.IOException;
import java.util.Map;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.NoData;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSource;
import org.dunefront.grid.Window;

/**
 * A continuous source seen as float32 physical values (raw · scale + offset) with NaN nodata, so that
 * bilinear resampling of an integer DEM is not rounded back to integers. Thread-safe when the wrapped
 * source is.
 */
final class Float32View implements RasterSource {
    private final RasterSource source;

    Float32View(RasterSource source) {
        this.source = source;
    }

    @Override public String name() { return source.name(); }
    @Override public GridGeometry grid() { return source.grid(); }
    @Override public int bandCount() { return source.bandCount(); }
    @Override public DataType dataType() { return DataType.FLOAT32; }
    @Override public Map<String, String> metadata() { return source.metadata(); }
    @Override public int[] blockSize() { return source.blockSize(); }

    @Override
    public BandInfo bandInfo(int band) {
        BandInfo b = source.bandInfo(band);
        return new BandInfo(NoData.NAN, 1, 0, b.unit(), b.description(), null, null, b.metadata());
    }

    @Override
    public RasterBlock read(int band, Window window) throws IOException {
        RasterBlock raw = source.read(band, window);
        BandInfo b = source.bandInfo(band);
        RasterBlock.Floats out = (RasterBlock.Floats) RasterBlock.create(DataType.FLOAT32, window, NoData.NAN);
        float[] d = out.data();
        double scale = b.scale(), offset = b.offset();
        NoData nd = raw.noData();
        for (int r = 0, i = 0; r < window.height(); r++) {
            for (int c = 0; c < window.width(); c++, i++) {
                double v = raw.get(c, r);
                d[i] = nd.matches(v) || Double.isNaN(v) ? Float.NaN : (float) (v * scale + offset);
            }
        }
        return out;
    }

    @Override
    public void close() { }
}
