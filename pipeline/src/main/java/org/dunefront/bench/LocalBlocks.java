package org.dunefront.bench;

import java.io.IOException;
import java.nio.file.Path;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.NoData;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSink;
import org.dunefront.grid.RasterSource;
import org.dunefront.grid.Window;
import org.dunefront.io.geotiff.GeoTiffReader;
import org.dunefront.io.geotiff.GeoTiffWriter;
import org.dunefront.terrain.SlopeAspect;
import org.dunefront.terrain.SlopeAspectOp;

/** Blocks whose output cell depends on a fixed neighbourhood: one streaming tile pass each. */
final class LocalBlocks {
    /** Output nodata of float results, as gdaldem and gdal_calc.py write it. */
    static final float NODATA = -9999f;

    private LocalBlocks() {}

    static void copy(Path in, Path out) throws IOException {
        try (RasterSource src = GeoTiffReader.open(in)) {
            GeoTiffWriter.copy(src, out, BenchRasters.options(), BenchRasters.SILENT);
        }
    }

    /** Slope and/or aspect (a null output is skipped) from one halo read of each DEM tile. */
    static void slopeAspect(Path dem, Path slopeOut, Path aspectOut) throws IOException {
        try (RasterSource src = GeoTiffReader.open(dem)) {
            GridGeometry g = src.grid();
            double dx = Math.abs(g.cellSizeX()), dy = Math.abs(g.cellSizeY());
            try (RasterSink slope = slopeOut == null ? null : floatSink(slopeOut, g);
                 RasterSink aspect = aspectOut == null ? null : floatSink(aspectOut, g)) {
                BenchRasters.eachTile(g, "slope/aspect", w -> {
                    RasterBlock z = src.read(0, w.expand(SlopeAspectOp.HALO_CELLS));
                    if (slope != null && aspect != null) {
                        SlopeAspect sa = SlopeAspectOp.run(z, w, dx, dy);
                        slope.write(0, withNoData(sa.slopeDeg().data(), w));
                        aspect.write(0, withNoData(sa.aspectDeg().data(), w));
                    } else if (slope != null) {
                        slope.write(0, withNoData(SlopeAspectOp.slopeDeg(z, w, dx, dy).data(), w));
                    } else {
                        aspect.write(0, withNoData(SlopeAspectOp.aspectDeg(z, w, dx, dy).data(), w));
                    }
                });
                if (slope != null) slope.commit();
                if (aspect != null) aspect.commit();
            }
        }
    }

    static void focalMean(Path dem, Path out) throws IOException {
        try (RasterSource src = GeoTiffReader.open(dem)) {
            GridGeometry g = src.grid();
            try (RasterSink sink = floatSink(out, g)) {
                BenchRasters.eachTile(g, "focal mean", w -> {
                    Window in = w.expand(FocalMean.HALO_CELLS);
                    sink.write(0, withNoData(FocalMean.run(BenchRasters.floats(src.read(0, in)), in, w), w));
                });
                sink.commit();
            }
        }
    }

    /**
     * {@code (A − 1000)·C·(B ≠ waterCode)} in float32 arithmetic (as numpy evaluates it in gdal_calc.py),
     * nodata where any input is nodata: three tiles read, one written, no intermediate rasters.
     */
    static void calc(Path demA, Path landCoverB, Path coverC, int waterCode, Path out) throws IOException {
        try (RasterSource a = GeoTiffReader.open(demA); RasterSource b = GeoTiffReader.open(landCoverB);
             RasterSource c = GeoTiffReader.open(coverC)) {
            GridGeometry g = a.grid();
            if (!g.sameGridAs(b.grid(), 1e-9) || !g.sameGridAs(c.grid(), 1e-9)) {
                throw new IllegalArgumentException("calc inputs must share one grid");
            }
            try (RasterSink sink = floatSink(out, g)) {
                BenchRasters.eachTile(g, "calc", w -> {
                    float[] va = BenchRasters.floats(a.read(0, w)), vc = BenchRasters.floats(c.read(0, w));
                    RasterBlock bb = b.read(0, w);
                    NoData bnd = bb.noData();
                    float[] o = new float[va.length];
                    if (bb instanceof RasterBlock.Bytes bytes && !bnd.present()) {
                        byte[] vb = bytes.data();
                        for (int i = 0; i < o.length; i++) {
                            float x = va[i], z = vc[i];
                            o[i] = x != x || z != z ? NODATA : (x - 1000f) * z * ((vb[i] & 0xFF) != waterCode ? 1f : 0f);
                        }
                    } else {
                        for (int i = 0; i < o.length; i++) {
                            double v = bb.get(i % w.width(), i / w.width());
                            float x = va[i], z = vc[i];
                            o[i] = x != x || z != z || bnd.matches(v) ? NODATA
                                    : (x - 1000f) * z * (v != waterCode ? 1f : 0f);
                        }
                    }
                    sink.write(0, new RasterBlock.Floats(w, NoData.of(NODATA), o));
                });
                sink.commit();
            }
        }
    }

    private static RasterSink floatSink(Path out, GridGeometry g) throws IOException {
        return BenchRasters.create(out, g, DataType.FLOAT32, NoData.of(NODATA));
    }

    /** NaN → {@link #NODATA}, in place. */
    private static RasterBlock.Floats withNoData(float[] v, Window w) {
        for (int i = 0; i < v.length; i++) if (v[i] != v[i]) v[i] = NODATA;
        return new RasterBlock.Floats(w, NoData.of(NODATA), v);
    }
}
