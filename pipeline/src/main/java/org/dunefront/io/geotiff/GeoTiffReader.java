package org.dunefront.io.geotiff;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dunefront.error.InputDataException;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.CrsDefinition;
import org.dunefront.grid.DataType;
import org.dunefront.grid.GeoTransform;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.NoData;
import org.dunefront.grid.RasterSource;

/**
 * Opens GeoTIFF files with the pure-Java reader (no native library).
 *
 * <p>Supported: classic TIFF and BigTIFF, both byte orders; strips and tiles; compression none,
 * Deflate (8 and 32946), LZW and PackBits; predictors 1, 2 (horizontal) and 3 (floating point);
 * int8, uint8, int16, uint16, int32, uint32 (exposed as FLOAT64), float32 and float64 samples,
 * pixel- or band-interleaved; GDAL nodata (tag 42113), GDAL metadata (tag 42112: scale, offset,
 * unit, description), colour maps (palette) and category names from a PAM {@code .aux.xml} sidecar;
 * georeferencing by tiepoint + pixel scale or ModelTransformation with GDAL's PixelIsPoint
 * half-pixel shift; CRSs from EPSG codes or user-defined GeoKeys. Only the first full-resolution
 * image is read (overviews and masks are ignored).
 *
 * <p>Images without an affine georeferencing (no tags, or ground control points only) get GDAL's
 * default transform {@code (0, 1, 0, 0, 0, 1)} and the dataset metadata item
 * {@value #GEOREFERENCING} = {@code "none"} or {@code "gcps"} ({@code "geotransform"} otherwise):
 * stages that need map coordinates must check it and refuse such inputs.
 *
 * <p>Other dataset metadata items: {@code AREA_OR_POINT}, {@code COMPRESSION}, {@code PREDICTOR},
 * {@code INTERLEAVE}, {@code LAYOUT}, {@code TIFF_FLAVOUR}, plus GDAL's dataset metadata items.
 */
public final class GeoTiffReader {
    /** Dataset metadata key telling how the raster is georeferenced: "geotransform", "gcps" or "none". */
    public static final String GEOREFERENCING = "GEOREFERENCING";

    private GeoTiffReader() { }

    /**
     * Opens {@code file}. The returned source keeps the file open until closed. A read needing several
     * blocks decodes them on every processor (a shared pool); the cells never depend on it.
     *
     * @throws InputDataException for missing, non-TIFF, corrupt or unsupported files (names the file,
     *                            the problem and the fix)
     * @throws IOException        for operating-system read errors
     */
    public static RasterSource open(Path file) throws IOException {
        return open(file, DecodePool.DEFAULT_THREADS);
    }

    /** Like {@link #open(Path)}, decoding the blocks of one read on at most {@code decodeThreads} threads (≥ 1). */
    static RasterSource open(Path file, int decodeThreads) throws IOException {
        if (decodeThreads < 1) throw new IllegalArgumentException("decodeThreads must be >= 1, got " + decodeThreads);
        if (!Files.isRegularFile(file)) {
            throw new InputDataException(file.toString(), "the file does not exist or is not a regular file",
                    "Check the path (relative paths are resolved against the working directory)");
        }
        TiffFile tiff = TiffFile.open(file);
        try {
            return build(file, tiff, decodeThreads);
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException | ArithmeticException e) {
            tiff.close();
            throw new InputDataException(file.toString(), "the TIFF structure is corrupt (" + e + ")",
                    "Re-download or re-export the file (check it with gdalinfo)", e);
        } catch (IOException | RuntimeException e) {
            tiff.close();
            throw e;
        }
    }

    private static RasterSource build(Path file, TiffFile tiff, int decodeThreads) throws IOException {
        Ifd ifd = IfdReader.firstFullResolution(tiff);
        ImageLayout layout = ImageLayout.of(tiff, ifd);
        GeoKeyDirectory keys = GeoKeyDirectory.of(ifd);
        GeoReferencing geo = GeoReferencing.of(ifd, keys);
        CrsDefinition crs = GeoKeyCrsDecoder.decode(keys);
        GeoTransform gt = geo.transform() != null ? geo.transform() : new GeoTransform(0, 1, 0, 0, 0, 1);
        GridGeometry grid = new GridGeometry(crs, gt, layout.width, layout.height);

        GdalMetadata gdal = GdalMetadata.parse(ifd.has(TiffTags.GDAL_METADATA) ? ifd.get(TiffTags.GDAL_METADATA).asText() : "");
        NoData noData = noData(ifd, layout.dataType);
        List<Integer> palette = palette(ifd, noData);
        PamSidecar pam = PamSidecar.read(file);
        List<BandInfo> bands = new ArrayList<>();
        for (int b = 0; b < layout.samplesPerPixel; b++) {
            GdalMetadata.Band gb = gdal.band(b);
            PamSidecar.Band pb = pam.band(b);
            String description = pb != null && !pb.description().isEmpty() ? pb.description() : gb.description;
            List<String> names = pb != null ? pb.categoryNames() : List.of();
            bands.add(new BandInfo(noData, gb.scale, gb.offset, gb.unit, description,
                    b == 0 ? palette : List.of(), names, gb.items));
        }

        Map<String, String> md = new LinkedHashMap<>();
        md.put(GEOREFERENCING, switch (geo.kind()) {
            case GEOTRANSFORM -> "geotransform";
            case GCPS -> "gcps";
            case NONE -> "none";
        });
        md.put("AREA_OR_POINT", geo.pixelIsPoint() ? "Point" : "Area");
        md.put("COMPRESSION", layout.compression.label);
        md.put("PREDICTOR", String.valueOf(layout.predictor));
        md.put("INTERLEAVE", layout.planarSeparate ? "BAND" : "PIXEL");
        md.put("LAYOUT", layout.tiled ? "tiled" : "striped");
        md.put("TIFF_FLAVOUR", (tiff.isBigTiff() ? "BigTIFF" : "classic TIFF") + ", "
                + (tiff.order() == java.nio.ByteOrder.LITTLE_ENDIAN ? "little-endian" : "big-endian"));
        gdal.dataset.forEach(md::putIfAbsent);
        return new GeoTiffSource(tiff, layout, grid, bands, md, decodeThreads);
    }

    /** GDAL_NODATA as text ("nan", "-9999", "-3.4e+38"); float32 values are rounded to float as GDAL compares them. */
    static NoData noData(Ifd ifd, DataType type) {
        TiffField f = ifd.get(TiffTags.GDAL_NODATA);
        if (f == null) return NoData.NONE;
        String s = f.asText().trim().toLowerCase(Locale.ROOT);
        if (s.isEmpty()) return NoData.NONE;
        double v;
        if (s.equals("nan") || s.equals("-nan") || s.equals("+nan")) v = Double.NaN;
        else if (s.equals("inf") || s.equals("+inf")) v = Double.POSITIVE_INFINITY;
        else if (s.equals("-inf")) v = Double.NEGATIVE_INFINITY;
        else {
            try {
                v = Double.parseDouble(s);
            } catch (NumberFormatException e) {
                return NoData.NONE;
            }
        }
        if (type == DataType.FLOAT32 && !Double.isNaN(v)) v = (float) v;
        return NoData.of(v);
    }

    /**
     * TIFF ColorMap (3 · 2^bits 16-bit values: all reds, then greens, then blues) as opaque ARGB.
     * As GDAL, 16-bit entries are divided by 257, unless every entry is below 256 (an 8-bit map), and
     * the entry of the nodata value is made transparent.
     */
    static List<Integer> palette(Ifd ifd, NoData noData) {
        TiffField f = ifd.get(TiffTags.COLOR_MAP);
        if (f == null || f.count() < 3) return List.of();
        long[] v = f.asLongs();
        int n = v.length / 3;
        long max = 0;
        for (long x : v) max = Math.max(max, x);
        int div = max < 256 && max > 0 ? 1 : 257;
        List<Integer> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int r = (int) (v[i] / div), g = (int) (v[n + i] / div), b = (int) (v[2 * n + i] / div);
            int alpha = noData.present() && noData.value() == i ? 0 : 0xFF;
            out.add(alpha << 24 | (r & 0xFF) << 16 | (g & 0xFF) << 8 | (b & 0xFF));
        }
        return out;
    }
}
