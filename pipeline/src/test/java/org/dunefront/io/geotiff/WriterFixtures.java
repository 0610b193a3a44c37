package org.dunefront.io.geotiff;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.MemoryRaster;
import org.dunefront.grid.NoData;
import org.dunefront.grid.RasterBlock;

/** Shared builders for the writer tests: seeded random rasters with nodata (and NaN) cells. */
final class WriterFixtures {
    private WriterFixtures() { }

    /** A UTM 48N (EPSG:32648) north-up grid with 30 m cells near the Shiyang River. */
    static GridGeometry utmGrid(int width, int height) {
        return GridGeometry.northUp(CrsDefinition.epsg(32648), 300000, 4300000, 30, 30, width, height);
    }

    /** A nodata value in range of {@code type}. */
    static NoData noDataFor(DataType type) {
        return switch (type) {
            case INT8 -> NoData.of(-128);
            case UINT8 -> NoData.of(255);
            case INT16 -> NoData.of(-9999);
            case UINT16 -> NoData.of(65535);
            case INT32 -> NoData.of(-2147483648.0);
            case FLOAT32, FLOAT64 -> NoData.of(-9999);
        };
    }

    /**
     * One band of seeded random values spanning the type's range, with about 5 % nodata cells and,
     * for floats, about 5 % NaN cells; smooth-ish so that predictors have something to do.
     */
    static MemoryRaster random(GridGeometry grid, DataType type, NoData noData, long seed, int bands) {
        MemoryRaster r = new MemoryRaster("random", grid, type,
                java.util.Collections.nCopies(bands, BandInfo.of(noData)));
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int b = 0; b < bands; b++) {
            RasterBlock block = r.band(b);
            for (int row = 0; row < grid.height(); row++) {
                for (int col = 0; col < grid.width(); col++) {
                    double u = rnd.nextDouble();
                    double v;
                    if (u < 0.05) {
                        v = noData.value();
                    } else if (u < 0.10 && type.isFloatingPoint()) {
                        v = Double.NaN;
                    } else if (type.isFloatingPoint()) {
                        v = 1000 * Math.sin(col * 0.05 + b) * Math.cos(row * 0.07) + rnd.nextDouble() * 1e-3
                                + (type == DataType.FLOAT64 ? rnd.nextDouble() * 1e-9 : 0);
                    } else {
                        double lo = Math.max(type.minValue(), -1e6), hi = Math.min(type.maxValue() - 1, 1e6);
                        v = Math.floor(lo + rnd.nextDouble() * (hi - lo));
                        if (noData.matches(v)) v = lo + 1;
                    }
                    block.set(col, row, v);
                }
            }
        }
        return r;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** What GDAL (and libtiff under it) print on stderr while decoding every pixel of {@code file}: warnings. */
    static String gdalWarnings(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("gdalinfo", "-checksum", file.toString()).start();
        p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes()).trim();
        p.waitFor();
        return err;
    }

    static List<Path> listDir(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
