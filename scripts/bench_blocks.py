#!/usr/bin/python3
"""Python/GDAL side of `scripts/bench.sh blocks` (Debian's python3 with python3-gdal, numpy, scipy).

  generate DIR N            synthetic basin at N x N, 30 m: dem.tif (float32, nodata -9999, a hole),
                            landcover.tif (uint8 classes 1..6, 1 = water), cover.tif (float32 0..1);
                            Deflate, 512-cell tiles, predictor, like the pipeline's inputs
  focal-mean IN OUT         3x3 mean of the valid neighbours (scipy.ndimage.uniform_filter), strip-wise
  label IN OUT              8-connected patches of equal class: scipy.ndimage.label per class, int32
  compare A B TOL [angle]   max |A - B| over the cells valid in both (every 7th row; "angle": degrees
                            modulo 360); exit 1 above TOL
"""
import os
import sys

import numpy as np
from osgeo import gdal

gdal.UseExceptions()
CO = ["TILED=YES", "BLOCKXSIZE=512", "BLOCKYSIZE=512", "COMPRESS=DEFLATE", "BIGTIFF=IF_SAFER", "NUM_THREADS=ALL_CPUS"]
STRIP = 512


def create(path, like_or_n, dtype, predictor, nodata=None):
    drv = gdal.GetDriverByName("GTiff")
    if isinstance(like_or_n, int):
        n = like_or_n
        ds = drv.Create(path, n, n, 1, dtype, CO + ["PREDICTOR=%d" % predictor])
        ds.SetGeoTransform([300000, 30, 0, 4300000 + 30 * n, 0, -30])
        ds.SetProjection("EPSG:32648")
    else:
        src = like_or_n
        ds = drv.Create(path, src.RasterXSize, src.RasterYSize, 1, dtype, CO + ["PREDICTOR=%d" % predictor])
        ds.SetGeoTransform(src.GetGeoTransform())
        ds.SetProjection(src.GetProjection())
    if nodata is not None:
        ds.GetRasterBand(1).SetNoDataValue(nodata)
    return ds


def generate(out_dir, n):
    os.makedirs(out_dir, exist_ok=True)
    names = ["dem.tif", "landcover.tif", "cover.tif"]
    parts = [os.path.join(out_dir, "." + s + ".part") for s in names]
    dem = create(parts[0], n, gdal.GDT_Float32, 3, -9999)
    lc = create(parts[1], n, gdal.GDT_Byte, 2)
    cov = create(parts[2], n, gdal.GDT_Float32, 3)
    rng = np.random.default_rng(1)
    x = np.arange(n, dtype=np.float64)[None, :]
    s = 1.0  # features keep their size in cells: a larger grid is a larger basin, not a finer one
    for r0 in range(0, n, STRIP):
        rows = min(STRIP, n - r0)
        y = np.arange(r0, r0 + rows, dtype=np.float64)[:, None]
        # Terrain (m): basin sloping north-east, ridges and dunes, measurement noise; a nodata hole.
        z = (1400 + 0.004 * x / s + 0.003 * y / s + 120 * np.sin(x * s / 410.0) * np.cos(y * s / 530.0)
             + 8 * np.sin((x + 0.6 * y) * s / 23.0) + rng.normal(0, 0.5, (rows, n)))
        hole = (y > 0.40 * n) & (y < 0.43 * n) & (x < 0.2 * n)
        z = np.where(hole, -9999, z).astype(np.float32)
        dem.GetRasterBand(1).WriteArray(z, 0, r0)
        # Land cover 1..6 by thresholds of a smooth field with ragged edges; a meandering river is water (1).
        f = (np.sin(x * s / 300.0) + np.cos(y * s / 350.0) + 0.6 * np.sin((x - y) * s / 170.0)
             + 0.25 * rng.standard_normal((rows, n)))
        c = np.digitize(f, [-1.6, -0.8, 0.0, 0.8, 1.6]).astype(np.uint8) + 1
        river = np.abs(x - (0.5 * n + 0.08 * n * np.sin(y * s / 600.0))) < 2.5
        c[river | (c == 1)] = 1
        lc.GetRasterBand(1).WriteArray(c, 0, r0)
        v = np.clip(0.5 + 0.4 * np.sin(x * s / 90.0) * np.cos(y * s / 70.0) + rng.normal(0, 0.02, (rows, n)), 0, 1)
        cov.GetRasterBand(1).WriteArray(v.astype(np.float32), 0, r0)
    dem = lc = cov = None
    for p, s_ in zip(parts, names):
        os.replace(p, os.path.join(out_dir, s_))


def focal_mean(src_path, out_path):
    from scipy import ndimage
    src = gdal.Open(src_path)
    b = src.GetRasterBand(1)
    nd = b.GetNoDataValue()
    w, h = src.RasterXSize, src.RasterYSize
    out = create(out_path, src, gdal.GDT_Float32, 3, -9999)
    ob = out.GetRasterBand(1)
    for r0 in range(0, h, STRIP):
        a0, a1 = max(0, r0 - 1), min(h, r0 + STRIP + 1)
        a = b.ReadAsArray(0, a0, w, a1 - a0).astype(np.float64)
        valid = a != nd if nd is not None else np.isfinite(a)
        s = ndimage.uniform_filter(np.where(valid, a, 0.0), 3, mode="constant") * 9
        k = np.rint(ndimage.uniform_filter(valid.astype(np.float64), 3, mode="constant") * 9)
        m = np.where(valid, s / np.maximum(k, 1), -9999).astype(np.float32)
        ob.WriteArray(m[r0 - a0: r0 - a0 + min(STRIP, h - r0)], 0, r0)
    out = None


def label(src_path, out_path):
    from scipy import ndimage
    src = gdal.Open(src_path)
    a = src.GetRasterBand(1).ReadAsArray()
    out = np.zeros(a.shape, np.int32)
    total = 0
    for v in np.unique(a):
        if v <= 0:
            continue
        lab, k = ndimage.label(a == v, structure=np.ones((3, 3), bool))
        m = lab > 0
        out[m] = lab[m] + total
        total += k
    ds = create(out_path, src, gdal.GDT_Int32, 2, 0)
    ds.GetRasterBand(1).WriteArray(out)
    ds = None
    print("patches:", total)


def compare(pa, pb, tol, angle=False):
    a_ds, b_ds = gdal.Open(pa), gdal.Open(pb)
    ba, bb = a_ds.GetRasterBand(1), b_ds.GetRasterBand(1)
    nda, ndb = ba.GetNoDataValue(), bb.GetNoDataValue()
    worst, n, over = 0.0, 0, 0
    for r in range(0, a_ds.RasterYSize, 7):
        x = ba.ReadAsArray(0, r, a_ds.RasterXSize, 1).astype(np.float64)
        y = bb.ReadAsArray(0, r, b_ds.RasterXSize, 1).astype(np.float64)
        ok = np.isfinite(x) & np.isfinite(y)
        if nda is not None:
            ok &= x != nda
        if ndb is not None:
            ok &= y != ndb
        if ok.any():
            d = np.abs(x[ok] - y[ok])
            if angle:
                d = np.minimum(d, 360 - d)
            worst = max(worst, float(np.max(d)))
            over += int((d > tol).sum())
            n += int(ok.sum())
    print("max |diff| %.6g over %d cells, %d above tolerance %g" % (worst, n, over, tol))
    # Aspect is ill-conditioned on near-flat cells (gdaldem differences in float32, Dunefront in
    # float64): there, allow one cell in 10^4 beyond the tolerance.
    sys.exit(0 if worst <= tol or (angle and over <= n // 10000) else 1)


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "generate":
        generate(sys.argv[2], int(sys.argv[3]))
    elif cmd == "focal-mean":
        focal_mean(sys.argv[2], sys.argv[3])
    elif cmd == "label":
        label(sys.argv[2], sys.argv[3])
    elif cmd == "compare":
        compare(sys.argv[2], sys.argv[3], float(sys.argv[4]), len(sys.argv) > 5 and sys.argv[5] == "angle")
    else:
        sys.exit(__doc__)
