#!/usr/bin/python3
"""Python/GDAL side of `scripts/bench.sh blocks` (Debian's python3 with python3-gdal, numpy, scipy).

  legend FILE ID            the code of the land-cover class ID, then all codes (comma-separated), of
                            a Dunefront legend YAML (styles/legend.yaml)
  focal-mean IN OUT         3x3 mean of the valid neighbours (scipy.ndimage.uniform_filter), strip-wise
  label IN OUT CODES        8-connected patches of equal class: scipy.ndimage.label per legend class
                            (CODES comma-separated; other values are background), int32
  compare A B TOL [angle]   max |A - B| over the cells valid in both (every 7th row; "angle": degrees
                            modulo 360); exit 1 above TOL
"""
import sys

import numpy as np
from osgeo import gdal

gdal.UseExceptions()
CO = ["TILED=YES", "BLOCKXSIZE=512", "BLOCKYSIZE=512", "COMPRESS=DEFLATE", "BIGTIFF=IF_SAFER", "NUM_THREADS=ALL_CPUS"]
STRIP = 512


def create(path, src, dtype, predictor, nodata=None):
    """A Deflate-tiled GeoTIFF on the grid of the open dataset src."""
    drv = gdal.GetDriverByName("GTiff")
    ds = drv.Create(path, src.RasterXSize, src.RasterYSize, 1, dtype, CO + ["PREDICTOR=%d" % predictor])
    ds.SetGeoTransform(src.GetGeoTransform())
    ds.SetProjection(src.GetProjection())
    if nodata is not None:
        ds.GetRasterBand(1).SetNoDataValue(nodata)
    return ds


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


def label(src_path, out_path, codes):
    from scipy import ndimage
    src = gdal.Open(src_path)
    a = src.GetRasterBand(1).ReadAsArray()
    out = np.zeros(a.shape, np.int32)
    total = 0
    present = set(int(v) for v in np.unique(a))
    for v in sorted(int(c) for c in codes.split(",")):
        if v not in present:
            continue
        lab, k = ndimage.label(a == v, structure=np.ones((3, 3), bool))
        m = lab > 0
        out[m] = lab[m] + total
        total += k
    ds = create(out_path, src, gdal.GDT_Int32, 2, 0)
    ds.GetRasterBand(1).WriteArray(out)
    ds = None
    print("patches:", total)


def legend(path, class_id):
    import yaml
    with open(path, encoding="utf-8") as f:
        classes = yaml.safe_load(f)["classes"]
    code = [c["code"] for c in classes if c["id"] == class_id]
    if not code:
        sys.exit("%s: no class with id '%s'" % (path, class_id))
    print(code[0], ",".join(str(c["code"]) for c in classes))


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
    if cmd == "legend":
        legend(sys.argv[2], sys.argv[3])
    elif cmd == "focal-mean":
        focal_mean(sys.argv[2], sys.argv[3])
    elif cmd == "label":
        label(sys.argv[2], sys.argv[3], sys.argv[4])
    elif cmd == "compare":
        compare(sys.argv[2], sys.argv[3], float(sys.argv[4]), len(sys.argv) > 5 and sys.argv[5] == "angle")
    else:
        sys.exit(__doc__)
