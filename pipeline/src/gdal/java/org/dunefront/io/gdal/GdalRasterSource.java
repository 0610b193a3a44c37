package org.dunefront.io.gdal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dunefront.error.InputDataException;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GeoTransform;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSource;
import org.dunefront.grid.Window;
import org.gdal.gdal.Band;
import org.gdal.gdal.Dataset;
import org.gdal.gdal.gdal;
import org.gdal.gdalconst.gdalconstConstants;

/**
 * A raster read through {@code gdal.OpenEx}: any dataset name GDAL opens (GeoTIFF/BigTIFF/COG with
 * any codec, VRT, NetCDF and GRIB subdatasets, /vsizip/…). Windows are read with
 * {@code Band.ReadRaster} straight into the typed primitive array of a {@link RasterBlock}; GDAL's
 * block cache decodes only the storage blocks a window touches. GDAL dataset handles are not
 * thread-safe, so every reading thread gets its own handle, opened on first use and closed with the
 * source. UInt32 cells (rare) are exposed as FLOAT64, as the pure-Java reader does.
 */
final class GdalRasterSource implements RasterSource {
    /**
     * Dataset metadata key telling how the raster is georeferenced, as the pure-Java reader reports it:
     * "geotransform", "gcps" (ground control points only: GDAL's default transform, the GCPs' CRS) or "none".
     */
    static final String GEOREFERENCING = "GEOREFERENCING";

    private enum Georeferencing {
        GEOTRANSFORM("geotransform"), GCPS("gcps"), NONE("none");

        final String label;

        Georeferencing(String label) {
            this.label = label;
        }

        static Georeferencing of(double[] gt, int gcpCount) {
            boolean defaultTransform = gt[0] == 0 && gt[1] == 1 && gt[2] == 0 && gt[3] == 0 && gt[4] == 0 && gt[5] == 1;
            if (!defaultTransform) return GEOTRANSFORM;
            return gcpCount > 0 ? GCPS : NONE;
        }
    }

    private final String name;
    private final Runnable onClose;
    private final Map<Thread, Dataset> handles = new ConcurrentHashMap<>();
    private final GridGeometry grid;
    private final DataType type;
    private final int gdalType;
    private final List<BandInfo> bands;
    private final Map<String, String> metadata;
    private final int[] blockSize;
    private volatile boolean closed;

    /** Opens {@code name}; {@code onClose} runs after the handles are closed (e.g. deletes a temporary file). */
    GdalRasterSource(String name, Runnable onClose) {
        this.name = name;
        this.onClose = onClose;
        Dataset ds = openHandle();
        try (GdalErrors.Quiet q = GdalErrors.quiet()) {
            if (ds.GetRasterCount() == 0) throw noBands(ds);
            double[] gt = new double[6];
            ds.GetGeoTransform(gt);
            Georeferencing kind = Georeferencing.of(gt, ds.GetGCPCount());
            grid = new GridGeometry(GdalCrs.toDefinition(kind == Georeferencing.GCPS ? ds.GetGCPSpatialRef() : ds.GetSpatialRef()),
                    GeoTransform.fromGdal(gt), ds.GetRasterXSize(), ds.GetRasterYSize());
            Map<String, String> md = new java.util.LinkedHashMap<>();
            md.put(GEOREFERENCING, kind.label);
            md.putAll(BandInfoReader.metadata(ds, ""));
            metadata = java.util.Collections.unmodifiableMap(md);
            Band first = ds.GetRasterBand(1);
            int nativeType = first.GetRasterDataType();
            boolean signedByte = "SIGNEDBYTE".equals(first.GetMetadataItem("PIXELTYPE", "IMAGE_STRUCTURE"));
            type = GdalTypes.fromGdal(nativeType, signedByte, name);
            gdalType = GdalTypes.toGdal(type);     // the buffer type: UInt32 cells are read as Float64
            List<BandInfo> infos = new ArrayList<>();
            for (int b = 1; b <= ds.GetRasterCount(); b++) {
                Band band = ds.GetRasterBand(b);
                if (band.GetRasterDataType() != nativeType) {
                    throw new InputDataException(name, "its bands have different cell types (band 1 "
                            + gdal.GetDataTypeName(nativeType) + ", band " + b + " " + gdal.GetDataTypeName(band.GetRasterDataType()) + ")",
                            "Split the bands into separate files with gdal_translate -b");
                }
                infos.add(BandInfoReader.read(band, metadata));
            }
            bands = List.copyOf(infos);
            blockSize = new int[] {first.GetBlockXSize(), first.GetBlockYSize()};
        } catch (RuntimeException e) {
            closeHandles();
            throw e;
        }
        handles.put(Thread.currentThread(), ds);
    }

    private Dataset openHandle() {
        Dataset ds = GdalErrors.quietly(() -> gdal.OpenEx(name, gdalconstConstants.OF_RASTER | gdalconstConstants.OF_READONLY | gdalconstConstants.OF_VERBOSE_ERROR));
        if (ds == null) throw GdalErrors.failure(name, "open it as a raster");
        return ds;
    }

    private InputDataException noBands(Dataset ds) {
        List<String> subs = new ArrayList<>(BandInfoReader.metadata(ds, "SUBDATASETS").entrySet().stream()
                .filter(e -> e.getKey().endsWith("_NAME")).map(Map.Entry::getValue).toList());
        ds.delete();
        if (subs.isEmpty()) {
            return new InputDataException(name, "it has no raster bands", "Give a raster file (gdalinfo shows its bands)");
        }
        return new InputDataException(name, "it holds several variables (subdatasets), not one raster",
                "Open one of them by its GDAL name: " + String.join(", ", subs));
    }

    @Override public String name() { return name; }
    @Override public GridGeometry grid() { return grid; }
    @Override public int bandCount() { return bands.size(); }
    @Override public DataType dataType() { return type; }
    @Override public BandInfo bandInfo(int band) { return bands.get(band); }
    @Override public Map<String, String> metadata() { return metadata; }
    @Override public int[] blockSize() { return blockSize.clone(); }

    @Override
    public RasterBlock read(int band, Window window) throws IOException {
        if (closed) throw new IOException(name + ": raster source is closed");
        if (band < 0 || band >= bands.size()) {
            throw new IndexOutOfBoundsException("band " + band + " of " + bands.size() + " in " + name);
        }
        BandInfo info = bands.get(band);
        Window inside = window.intersect(grid.extent());
        boolean whole = inside.equals(window);
        RasterBlock block = whole ? RasterBlock.create(type, window, info.noData())
                : RasterBlock.filled(type, window, info.noData());
        if (inside.isEmpty()) return block;
        RasterBlock target = whole ? block : RasterBlock.create(type, inside, info.noData());
        Band b = handle().GetRasterBand(band + 1);
        int w = inside.width(), h = inside.height(), x = inside.col(), y = inside.row();
        int rc = GdalErrors.quietly(() -> readInto(b, x, y, w, h, target));
        if (rc >= gdalconstConstants.CE_Failure) {
            throw GdalErrors.failure(name, "read band " + (band + 1) + " window " + inside);
        }
        if (!whole) block.copyFrom(target);
        return block;
    }

    private int readInto(Band b, int x, int y, int w, int h, RasterBlock target) {
        if (target instanceof RasterBlock.Bytes t) return b.ReadRaster(x, y, w, h, w, h, gdalType, t.data());
        if (target instanceof RasterBlock.Shorts t) return b.ReadRaster(x, y, w, h, w, h, gdalType, t.data());
        if (target instanceof RasterBlock.Ints t) return b.ReadRaster(x, y, w, h, w, h, gdalType, t.data());
        if (target instanceof RasterBlock.Floats t) return b.ReadRaster(x, y, w, h, w, h, gdalType, t.data());
        return b.ReadRaster(x, y, w, h, w, h, gdalType, ((RasterBlock.Doubles) target).data());
    }

    private Dataset handle() {
        return handles.computeIfAbsent(Thread.currentThread(), t -> openHandle());
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        closeHandles();
        onClose.run();
    }

    private void closeHandles() {
        for (Dataset d : handles.values()) d.delete();
        handles.clear();
    }
}
