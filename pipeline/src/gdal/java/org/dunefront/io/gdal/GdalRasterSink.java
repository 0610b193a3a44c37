package org.dunefront.io.gdal;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Vector;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSink;
import org.dunefront.grid.Window;
import org.dunefront.io.RasterWriteOptions;
import org.dunefront.io.RasterWriteOptions.Layout;
import org.gdal.gdal.Band;
import org.gdal.gdal.ColorTable;
import org.gdal.gdal.Dataset;
import org.gdal.gdal.Driver;
import org.gdal.gdal.gdal;
import org.gdal.osr.SpatialReference;

/**
 * Writes a GeoTIFF or Cloud-Optimized GeoTIFF with GDAL. Blocks (in any order, from any thread)
 * go with {@code Band.WriteRaster} into an uncompressed tiled "building" GeoTIFF next to the
 * target; {@link #commit()} then encodes it with {@code Driver.CreateCopy} (GTiff or COG driver),
 * which reads in a fixed order, so the file's bytes do not depend on the order blocks were written
 * in, and finally moves the result into place. Writes are serialised on the one dataset handle.
 */
final class GdalRasterSink implements RasterSink {
    private final Path target;
    private final Path building;
    private final Path encoded;
    private final GridGeometry grid;
    private final DataType type;
    private final int bandCount;
    private final RasterWriteOptions options;
    private Dataset dataset;
    private boolean committed;

    GdalRasterSink(Path target, GridGeometry grid, DataType type, List<BandInfo> bands, RasterWriteOptions options)
            throws IOException {
        if (bands.isEmpty()) throw new IllegalArgumentException("A raster needs at least one band");
        this.target = target.toAbsolutePath();
        this.grid = grid;
        this.type = type;
        this.bandCount = bands.size();
        this.options = options;
        Path dir = this.target.getParent();
        Files.createDirectories(dir);
        String stem = "." + this.target.getFileName() + "." + ProcessHandle.current().pid() + "." + System.nanoTime();
        building = dir.resolve(stem + ".building.tif");
        encoded = dir.resolve(stem + ".tmp.tif");
        Vector<String> co = new Vector<>(List.of("TILED=YES", "BLOCKXSIZE=" + options.tileSize(),
                "BLOCKYSIZE=" + options.tileSize(), "BIGTIFF=IF_SAFER", "INTERLEAVE=BAND", "COMPRESS=NONE"));
        if (type == DataType.INT8) co.add("PIXELTYPE=SIGNEDBYTE");
        Driver gtiff = gdal.GetDriverByName("GTiff");
        String name = building.toString();
        dataset = GdalErrors.quietly(() -> gtiff.Create(name, grid.width(), grid.height(), bandCount, GdalTypes.toGdal(type), co));
        if (dataset == null) throw GdalErrors.failure(target.toString(), "create a GeoTIFF at " + building);
        try (GdalErrors.Quiet q = GdalErrors.quiet()) {
            describe(bands);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void describe(List<BandInfo> bands) {
        String file = target.toString();
        GdalErrors.check(file, "set the geotransform", () -> dataset.SetGeoTransform(grid.transform().toGdal()));
        SpatialReference srs = GdalCrs.toOsr(grid.crs());
        if (srs != null) {
            GdalErrors.check(file, "set the CRS " + grid.crs().label(), () -> dataset.SetSpatialRef(srs));
            srs.delete();
        }
        for (Map.Entry<String, String> e : options.metadata().entrySet()) dataset.SetMetadataItem(e.getKey(), e.getValue());
        for (int b = 0; b < bands.size(); b++) {
            BandInfo info = bands.get(b);
            Band band = dataset.GetRasterBand(b + 1);
            if (info.noData().present()) band.SetNoDataValue(info.noData().value());
            if (info.hasScaleOffset()) {
                band.SetScale(info.scale());
                band.SetOffset(info.offset());
            }
            if (!info.unit().isEmpty()) band.SetUnitType(info.unit());
            if (!info.description().isEmpty()) band.SetDescription(info.description());
            if (!info.palette().isEmpty() && (type == DataType.UINT8 || type == DataType.UINT16)) {
                ColorTable ct = new ColorTable();
                for (int i = 0; i < info.palette().size(); i++) ct.SetColorEntry(i, new Color(info.palette().get(i), true));
                band.SetRasterColorTable(ct);
            }
            if (!info.categoryNames().isEmpty()) {
                Vector<String> names = new Vector<>();
                for (String n : info.categoryNames()) names.add(n == null ? "" : n);
                band.SetCategoryNames(names);
            }
            for (Map.Entry<String, String> e : info.metadata().entrySet()) band.SetMetadataItem(e.getKey(), e.getValue());
        }
    }

    @Override public GridGeometry grid() { return grid; }
    @Override public int bandCount() { return bandCount; }
    @Override public DataType dataType() { return type; }

    @Override
    public synchronized void write(int band, RasterBlock block) throws IOException {
        if (dataset == null) throw new IOException(target + ": sink is closed");
        if (band < 0 || band >= bandCount) throw new IndexOutOfBoundsException("band " + band + " of " + bandCount);
        Window w = block.window();
        if (!grid.extent().contains(w)) {
            throw new IllegalArgumentException("Block " + w + " lies outside the " + grid.width() + " x " + grid.height() + " grid");
        }
        if (block.type() != type) throw new IllegalArgumentException("Block type " + block.type() + " != sink type " + type);
        Band b = dataset.GetRasterBand(band + 1);
        int gdt = GdalTypes.toGdal(type);
        GdalErrors.check(target.toString(), "write band " + (band + 1) + " window " + w,
                () -> writeFrom(b, w, gdt, block));
    }

    private static int writeFrom(Band b, Window w, int gdt, RasterBlock block) {
        int x = w.col(), y = w.row(), wd = w.width(), ht = w.height();
        if (block instanceof RasterBlock.Bytes t) return b.WriteRaster(x, y, wd, ht, wd, ht, gdt, t.data());
        if (block instanceof RasterBlock.Shorts t) return b.WriteRaster(x, y, wd, ht, wd, ht, gdt, t.data());
        if (block instanceof RasterBlock.Ints t) return b.WriteRaster(x, y, wd, ht, wd, ht, gdt, t.data());
        if (block instanceof RasterBlock.Floats t) return b.WriteRaster(x, y, wd, ht, wd, ht, gdt, t.data());
        return b.WriteRaster(x, y, wd, ht, wd, ht, gdt, ((RasterBlock.Doubles) block).data());
    }

    @Override
    public synchronized void commit() throws IOException {
        if (dataset == null) throw new IOException(target + ": sink is closed");
        String file = target.toString();
        boolean cog = options.layout() == Layout.COG;
        Driver driver = gdal.GetDriverByName(cog ? "COG" : "GTiff");
        Vector<String> co = creationOptions(cog);
        String out = encoded.toString();
        Dataset copy = GdalErrors.quietly(() -> {
            Dataset d = driver.CreateCopy(out, dataset, 0, co);
            if (d != null) d.FlushCache();
            return d;
        });
        if (copy == null || GdalErrors.failed()) {
            if (copy != null) copy.delete();
            throw GdalErrors.failure(file, "encode it as " + (cog ? "a COG" : "a GeoTIFF"));
        }
        copy.delete();
        dataset.delete();
        dataset = null;
        deleteWithSidecar(building);
        Files.move(encoded, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Path aux = encoded.resolveSibling(encoded.getFileName() + ".aux.xml");
        if (Files.exists(aux)) {
            Files.move(aux, target.resolveSibling(target.getFileName() + ".aux.xml"), StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    private Vector<String> creationOptions(boolean cog) {
        List<String> co = new ArrayList<>();
        String compression = options.compression().name();
        co.add("COMPRESS=" + compression);
        // the GTiff driver's ZLEVEL is the COG driver's LEVEL
        if (options.compression() == RasterWriteOptions.Compression.DEFLATE) co.add((cog ? "LEVEL=" : "ZLEVEL=") + options.deflateLevel());
        co.add("BIGTIFF=IF_SAFER");
        boolean compressed = options.compression() != RasterWriteOptions.Compression.NONE;
        if (cog) {
            co.add("BLOCKSIZE=" + options.tileSize());
            if (compressed) co.add("PREDICTOR=YES");
        } else {
            co.addAll(List.of("TILED=YES", "BLOCKXSIZE=" + options.tileSize(), "BLOCKYSIZE=" + options.tileSize(),
                    "INTERLEAVE=BAND"));
            if (compressed) co.add("PREDICTOR=" + (type.isFloatingPoint() ? 3 : 2));
            if (type == DataType.INT8) co.add("PIXELTYPE=SIGNEDBYTE");
        }
        return new Vector<>(co);
    }

    @Override
    public synchronized void close() throws IOException {
        if (dataset != null) {
            dataset.delete();
            dataset = null;
        }
        if (!committed) {
            deleteWithSidecar(building);
            deleteWithSidecar(encoded);
        }
    }

    private static void deleteWithSidecar(Path p) throws IOException {
        Files.deleteIfExists(p);
        Files.deleteIfExists(p.resolveSibling(p.getFileName() + ".aux.xml"));
    }
}
