package org.dunefront.io.geotiff;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.zip.Deflater;

/**
 * Test builder of tiny TIFF files, byte by byte, independent of the reader: classic or BigTIFF,
 * either byte order, strips or tiles, pixel- or band-interleaved, no compression / Deflate /
 * PackBits (literal runs), predictor 1, 2 or 3 applied forward as the specifications describe.
 * Values are given per band in row-major order.
 */
final class TinyTiff {
    ByteOrder order = ByteOrder.LITTLE_ENDIAN;
    boolean bigTiff;
    int width;
    int height;
    int bits = 8;
    int sampleFormat = 1;
    double[][] bands;
    boolean planarSeparate;
    int tileWidth;   // 0 = strips
    int tileHeight;
    int rowsPerStrip;
    int compression = 1;
    int predictor = 1;
    String gdalNoData;
    double[] tiepointScale; // {x0, y0, sx, sy}

    TinyTiff(int width, int height, double[]... bands) {
        this.width = width;
        this.height = height;
        this.bands = bands;
        this.rowsPerStrip = height;
    }

    byte[] build() {
        int spp = bands.length;
        int bw = tileWidth > 0 ? tileWidth : width;
        int bh = tileWidth > 0 ? tileHeight : rowsPerStrip;
        int across = (width + bw - 1) / bw, down = (height + bh - 1) / bh;
        int planes = planarSeparate ? spp : 1;
        int sppBlock = planarSeparate ? 1 : spp;
        List<byte[]> blocks = new ArrayList<>();
        for (int p = 0; p < planes; p++) {
            for (int by = 0; by < down; by++) {
                for (int bx = 0; bx < across; bx++) {
                    int rows = tileWidth > 0 ? bh : Math.min(bh, height - by * bh);
                    blocks.add(encodeBlock(bx * bw, by * bh, bw, rows, p, sppBlock));
                }
            }
        }
        TreeMap<Integer, Object[]> tags = new TreeMap<>(); // tag -> {type, long[] | double[] | String}
        tags.put(256, new Object[] {4, new long[] {width}});
        tags.put(257, new Object[] {4, new long[] {height}});
        long[] bps = new long[spp];
        java.util.Arrays.fill(bps, bits);
        tags.put(258, new Object[] {3, bps});
        tags.put(259, new Object[] {3, new long[] {compression}});
        tags.put(262, new Object[] {3, new long[] {1}});
        tags.put(277, new Object[] {3, new long[] {spp}});
        tags.put(284, new Object[] {3, new long[] {planarSeparate ? 2 : 1}});
        if (predictor != 1) tags.put(317, new Object[] {3, new long[] {predictor}});
        long[] fmts = new long[spp];
        java.util.Arrays.fill(fmts, sampleFormat);
        tags.put(339, new Object[] {3, fmts});
        if (tileWidth > 0) {
            tags.put(322, new Object[] {4, new long[] {tileWidth}});
            tags.put(323, new Object[] {4, new long[] {tileHeight}});
        } else {
            tags.put(278, new Object[] {4, new long[] {rowsPerStrip}});
        }
        if (gdalNoData != null) tags.put(42113, new Object[] {2, gdalNoData});
        if (tiepointScale != null) {
            tags.put(33550, new Object[] {12, new double[] {tiepointScale[2], tiepointScale[3], 0}});
            tags.put(33922, new Object[] {12, new double[] {0, 0, 0, tiepointScale[0], tiepointScale[1], 0}});
        }
        // layout: header, block data, then IFD with out-of-line values
        int headerSize = bigTiff ? 16 : 8;
        long[] offsets = new long[blocks.size()], counts = new long[blocks.size()];
        long pos = headerSize;
        for (int i = 0; i < blocks.size(); i++) {
            offsets[i] = pos;
            counts[i] = blocks.get(i).length;
            pos += counts[i];
        }
        int offType = bigTiff ? 16 : 4;
        tags.put(tileWidth > 0 ? 324 : 273, new Object[] {offType, offsets});
        tags.put(tileWidth > 0 ? 325 : 279, new Object[] {offType, counts});
        if (pos % 2 == 1) pos++;
        long ifdOffset = pos;
        int entry = bigTiff ? 20 : 12, inline = bigTiff ? 8 : 4;
        long ifdSize = (bigTiff ? 8 : 2) + (long) tags.size() * entry + (bigTiff ? 8 : 4);
        long extra = ifdOffset + ifdSize;
        ByteBuffer ifd = ByteBuffer.allocate((int) ifdSize).order(order);
        ByteArrayOutputStream ext = new ByteArrayOutputStream();
        if (bigTiff) ifd.putLong(tags.size()); else ifd.putShort((short) tags.size());
        for (var e : tags.entrySet()) {
            int type = (Integer) e.getValue()[0];
            byte[] vals = values(type, e.getValue()[1]);
            int count = type == 2 ? vals.length : vals.length / TiffTags.typeSize(type);
            ifd.putShort((short) (int) e.getKey()).putShort((short) type);
            if (bigTiff) ifd.putLong(count); else ifd.putInt(count);
            if (vals.length <= inline) {
                byte[] padded = java.util.Arrays.copyOf(vals, inline);
                ifd.put(padded);
            } else {
                long off = extra + ext.size();
                if (bigTiff) ifd.putLong(off); else ifd.putInt((int) off);
                ext.writeBytes(vals);
                if (ext.size() % 2 == 1) ext.write(0);
            }
        }
        if (bigTiff) ifd.putLong(0); else ifd.putInt(0);
        ByteBuffer out = ByteBuffer.allocate((int) (extra + ext.size())).order(order);
        out.put((byte) (order == ByteOrder.LITTLE_ENDIAN ? 'I' : 'M')).put((byte) (order == ByteOrder.LITTLE_ENDIAN ? 'I' : 'M'));
        if (bigTiff) out.putShort((short) 43).putShort((short) 8).putShort((short) 0).putLong(ifdOffset);
        else out.putShort((short) 42).putInt((int) ifdOffset);
        for (byte[] b : blocks) out.put(b);
        out.position((int) ifdOffset);
        out.put(ifd.array());
        out.put(ext.toByteArray());
        return out.array();
    }

    private byte[] values(int type, Object v) {
        if (type == 2) {
            byte[] s = ((String) v).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            return java.util.Arrays.copyOf(s, s.length + 1);
        }
        int size = TiffTags.typeSize(type);
        if (v instanceof double[] d) {
            ByteBuffer b = ByteBuffer.allocate(d.length * 8).order(order);
            for (double x : d) b.putDouble(x);
            return b.array();
        }
        long[] l = (long[]) v;
        ByteBuffer b = ByteBuffer.allocate(l.length * size).order(order);
        for (long x : l) {
            if (size == 2) b.putShort((short) x);
            else if (size == 4) b.putInt((int) x);
            else b.putLong(x);
        }
        return b.array();
    }

    /** One block: samples (outside the image: 0), forward predictor, compression. */
    private byte[] encodeBlock(int col0, int row0, int bw, int rows, int plane, int sppBlock) {
        int bytes = bits / 8;
        int rowSamples = bw * sppBlock;
        ByteBuffer raw = ByteBuffer.allocate(rowSamples * rows * bytes).order(order);
        for (int r = 0; r < rows; r++) {
            long[] lanes = new long[rowSamples];
            for (int c = 0; c < bw; c++) {
                for (int s = 0; s < sppBlock; s++) {
                    int band = planarSeparate ? plane : s;
                    int gc = col0 + c, gr = row0 + r;
                    double v = gc < width && gr < height ? bands[band][gr * width + gc] : 0;
                    lanes[c * sppBlock + s] = bitsOf(v);
                }
            }
            if (predictor == 2) {
                for (int i = rowSamples - 1; i >= sppBlock; i--) lanes[i] -= lanes[i - sppBlock];
            }
            if (predictor == 3) {
                // byte planes, most significant first, then byte differencing with distance sppBlock
                byte[] planes = new byte[rowSamples * bytes];
                for (int i = 0; i < rowSamples; i++) {
                    for (int b = 0; b < bytes; b++) {
                        planes[b * rowSamples + i] = (byte) (lanes[i] >>> (8 * (bytes - 1 - b)));
                    }
                }
                for (int i = planes.length - 1; i >= sppBlock; i--) planes[i] -= planes[i - sppBlock];
                raw.put(planes);
                continue;
            }
            for (long x : lanes) {
                switch (bytes) {
                    case 1 -> raw.put((byte) x);
                    case 2 -> raw.putShort((short) x);
                    case 4 -> raw.putInt((int) x);
                    default -> raw.putLong(x);
                }
            }
        }
        byte[] data = raw.array();
        if (compression == 8) {
            Deflater d = new Deflater();
            d.setInput(data);
            d.finish();
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            byte[] buf = new byte[4096];
            while (!d.finished()) o.write(buf, 0, d.deflate(buf));
            d.end();
            return o.toByteArray();
        }
        if (compression == 32773) {
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            int i = 0;
            while (i < data.length) {
                int run = 1;
                while (i + run < data.length && run < 128 && data[i + run] == data[i]) run++;
                if (run >= 3) {
                    o.write(1 - run);
                    o.write(data[i]);
                    i += run;
                } else {
                    int n = Math.min(128, data.length - i);
                    o.write(n - 1);
                    o.write(data, i, n);
                    i += n;
                }
            }
            return o.toByteArray();
        }
        return data;
    }

    private long bitsOf(double v) {
        if (sampleFormat == 3) return bits == 32 ? Float.floatToRawIntBits((float) v) & 0xFFFFFFFFL : Double.doubleToRawLongBits(v);
        return (long) v;
    }
}
