package org.dunefront.io.geotiff;

import org.dunefront.error.InputDataException;
import org.dunefront.grid.DataType;

/**
 * How the pixels of one image are stored: size, samples, sample type, strips or tiles, planar
 * configuration, compression and predictor, and where each block lies in the file. Building it
 * validates the image and refuses what the pure-Java reader cannot decode.
 *
 * <p>Blocks are numbered as in the TIFF offsets arrays: for band-interleaved images (planar
 * configuration 2) all blocks of sample plane 0 come first, then plane 1, and so on.
 */
final class ImageLayout {
    static final String GDAL_FIX = "Use --io gdal (scripts/setup-gdal.sh installs GDAL) or convert the file with "
            + "gdal_translate -co COMPRESS=DEFLATE -co TILED=YES";

    final int width;
    final int height;
    final int samplesPerPixel;
    final int bitsPerSample;
    final int bytesPerSample;
    /** Sample format: 1 unsigned integer, 2 signed integer, 3 IEEE float. */
    final int sampleFormat;
    /** Data type the samples are exposed as (uint32 is widened to FLOAT64). */
    final DataType dataType;
    final boolean planarSeparate;
    final Compression compression;
    final int predictor;
    final boolean tiled;
    final int blockWidth;
    final int blockHeight;
    final int blocksAcross;
    final int blocksDown;
    final long[] offsets;
    final long[] byteCounts;

    private ImageLayout(TiffFile file, Ifd ifd) {
        String name = file.name();
        width = (int) required(file, ifd, TiffTags.IMAGE_WIDTH);
        height = (int) required(file, ifd, TiffTags.IMAGE_LENGTH);
        if (width <= 0 || height <= 0) throw IfdReader.corrupt(file, "image size " + width + " x " + height);
        samplesPerPixel = (int) ifd.longValue(TiffTags.SAMPLES_PER_PIXEL, 1);
        if (samplesPerPixel < 1 || samplesPerPixel > 65535) {
            throw IfdReader.corrupt(file, samplesPerPixel + " samples per pixel");
        }
        TiffField bits = ifd.get(TiffTags.BITS_PER_SAMPLE);
        bitsPerSample = bits == null ? 1 : (int) bits.longAt(0);
        if (bits != null) {
            for (long b : bits.asLongs()) {
                if (b != bitsPerSample) {
                    throw new InputDataException(name, "bands have different bit depths (" + bitsPerSample + " and " + b
                            + " bits), which the pure-Java reader does not support", GDAL_FIX);
                }
            }
        }
        TiffField fmt = ifd.get(TiffTags.SAMPLE_FORMAT);
        sampleFormat = fmt == null ? TiffTags.SAMPLE_FORMAT_UINT : (int) fmt.longAt(0);
        dataType = dataType(name, sampleFormat, bitsPerSample);
        bytesPerSample = bitsPerSample / 8;

        long comp = ifd.longValue(TiffTags.COMPRESSION, 1);
        Compression c = Compression.of(comp);
        if (c == null || !c.supported) {
            String label = c == null ? "code " + comp : c.label + " (" + comp + ")";
            throw new InputDataException(name, "compression " + label + " is not supported by the pure-Java reader", GDAL_FIX);
        }
        compression = c;
        predictor = (int) ifd.longValue(TiffTags.PREDICTOR, TiffTags.PREDICTOR_NONE);
        if (predictor < 1 || predictor > 3) {
            throw new InputDataException(name, "predictor " + predictor + " is not a TIFF predictor", GDAL_FIX);
        }
        if (predictor == TiffTags.PREDICTOR_FLOATING_POINT && !dataType.isFloatingPoint()) {
            throw new InputDataException(name, "floating-point predictor 3 on integer samples is invalid", GDAL_FIX);
        }
        long photometric = ifd.longValue(TiffTags.PHOTOMETRIC_INTERPRETATION, 1);
        if (photometric == TiffTags.PHOTOMETRIC_YCBCR && compression != Compression.NONE) {
            throw new InputDataException(name, "YCbCr colour encoding is not supported by the pure-Java reader", GDAL_FIX);
        }

        planarSeparate = ifd.longValue(TiffTags.PLANAR_CONFIGURATION, TiffTags.PLANAR_CHUNKY) == TiffTags.PLANAR_SEPARATE;
        tiled = ifd.has(TiffTags.TILE_WIDTH);
        if (tiled) {
            blockWidth = (int) required(file, ifd, TiffTags.TILE_WIDTH);
            blockHeight = (int) required(file, ifd, TiffTags.TILE_LENGTH);
            offsets = field(file, ifd, TiffTags.TILE_OFFSETS);
            byteCounts = field(file, ifd, TiffTags.TILE_BYTE_COUNTS);
        } else {
            blockWidth = width;
            long rps = ifd.longValue(TiffTags.ROWS_PER_STRIP, height);
            blockHeight = (int) Math.max(1, Math.min(rps, height));
            offsets = field(file, ifd, TiffTags.STRIP_OFFSETS);
            byteCounts = field(file, ifd, TiffTags.STRIP_BYTE_COUNTS);
        }
        if (blockWidth <= 0 || blockHeight <= 0) throw IfdReader.corrupt(file, "block size " + blockWidth + " x " + blockHeight);
        if ((long) blockWidth * blockHeight * samplesPerPixel * bytesPerSample > Integer.MAX_VALUE - 8) {
            throw new InputDataException(name, "one storage block (" + blockWidth + " x " + blockHeight
                    + ") is too large for the pure-Java reader", "Retile with gdal_translate -co TILED=YES, or use --io gdal");
        }
        blocksAcross = (width + blockWidth - 1) / blockWidth;
        blocksDown = (height + blockHeight - 1) / blockHeight;
        long expected = (long) blocksAcross * blocksDown * (planarSeparate ? samplesPerPixel : 1);
        if (offsets.length < expected || byteCounts.length < expected) {
            throw IfdReader.corrupt(file, "expected " + expected + " block offsets, found " + offsets.length);
        }
        for (int i = 0; i < expected; i++) {
            if (byteCounts[i] < 0 || offsets[i] < 0 || offsets[i] + byteCounts[i] > file.size()) {
                throw file.truncated("block " + i + " (bytes " + offsets[i] + " to " + (offsets[i] + byteCounts[i]) + ")");
            }
        }
    }

    static ImageLayout of(TiffFile file, Ifd ifd) {
        return new ImageLayout(file, ifd);
    }

    private static long required(TiffFile file, Ifd ifd, int tag) {
        TiffField f = ifd.get(tag);
        if (f == null || f.count() == 0) throw IfdReader.corrupt(file, "required tag " + tag + " is missing");
        return f.longAt(0);
    }

    private static long[] field(TiffFile file, Ifd ifd, int tag) {
        TiffField f = ifd.get(tag);
        if (f == null) throw IfdReader.corrupt(file, "required tag " + tag + " (block offsets/sizes) is missing");
        return f.asLongs();
    }

    private static DataType dataType(String name, int format, int bits) {
        if (format == TiffTags.SAMPLE_FORMAT_COMPLEX_INT || format == TiffTags.SAMPLE_FORMAT_COMPLEX_IEEEFP) {
            String t = (format == TiffTags.SAMPLE_FORMAT_COMPLEX_INT ? "CInt" : "CFloat") + (bits / 2);
            throw new InputDataException(name, "complex sample type " + t + " (SampleFormat " + format
                    + ") is not supported", "Dunefront needs real-valued rasters: extract the amplitude with "
                    + "gdal_translate or gdal_calc.py (e.g. --calc=\"abs(A)\"), or use --io gdal");
        }
        boolean intFmt = format == TiffTags.SAMPLE_FORMAT_UINT || format == TiffTags.SAMPLE_FORMAT_INT
                || format == TiffTags.SAMPLE_FORMAT_VOID;
        boolean signed = format == TiffTags.SAMPLE_FORMAT_INT;
        DataType t = null;
        if (intFmt) {
            t = switch (bits) {
                case 8 -> signed ? DataType.INT8 : DataType.UINT8;
                case 16 -> signed ? DataType.INT16 : DataType.UINT16;
                case 32 -> signed ? DataType.INT32 : DataType.FLOAT64; // uint32 widened exactly to float64
                default -> null;
            };
        } else if (format == TiffTags.SAMPLE_FORMAT_IEEEFP) {
            t = bits == 32 ? DataType.FLOAT32 : bits == 64 ? DataType.FLOAT64 : null;
        }
        if (t == null) {
            String kind = format == TiffTags.SAMPLE_FORMAT_IEEEFP ? "floating-point" : signed ? "signed integer" : "unsigned integer";
            throw new InputDataException(name, bits + "-bit " + kind + " samples (SampleFormat " + format
                    + ") are not supported by the pure-Java reader (8/16/32-bit integers, 32/64-bit floats are)",
                    "Convert with gdal_translate -ot Int32 or -ot Float32, or use --io gdal");
        }
        return t;
    }

    /** Samples per pixel inside one decoded block (1 for band-interleaved images). */
    int samplesPerBlockPixel() {
        return planarSeparate ? 1 : samplesPerPixel;
    }

    /** Rows actually stored in block row {@code blockRow} (strips at the bottom may be shorter). */
    int rowsInBlock(int blockRow) {
        if (tiled) return blockHeight;
        return Math.min(blockHeight, height - blockRow * blockHeight);
    }

    /** Index into the offsets arrays of block (blockCol, blockRow) holding {@code band}. */
    int blockIndex(int band, int blockCol, int blockRow) {
        int idx = blockRow * blocksAcross + blockCol;
        return planarSeparate ? band * blocksAcross * blocksDown + idx : idx;
    }

    /** Whether samples are exposed unchanged (false for uint32, widened to doubles). */
    boolean isUnsigned32() {
        return bitsPerSample == 32 && sampleFormat != TiffTags.SAMPLE_FORMAT_IEEEFP && sampleFormat != TiffTags.SAMPLE_FORMAT_INT;
    }

    String describe() {
        String comp = compression.label + (predictor > 1 ? " predictor " + predictor : "");
        return (tiled ? "tiles " : "strips ") + blockWidth + "x" + blockHeight + ", " + comp + ", "
                + (planarSeparate ? "band-interleaved" : "pixel-interleaved");
    }
}
