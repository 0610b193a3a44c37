package org.dunefront.render;

import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.Window;

/**
 * Analytical hillshade of a DEM, as {@code gdaldem hillshade} computes it: slope and aspect from
 * Horn's (1981) 3×3 finite differences and Lambertian illumination
 * {@code cos θ = (sin(alt) − cos(alt)·(∂z/∂x·sin(az) + ∂z/∂y·cos(az))) / sqrt(1 + |∇z|²)} (x east, y north),
 * scaled to {@code 1 + 254·cos θ} and clamped to [1, 255] (0 = nodata), the same scaling as gdaldem.
 *
 * <p>Reference: Horn, B.K.P. (1981) Hill shading and the reflectance map. Proc. IEEE 69(1):14–47.
 * NoData rule: a cell is nodata when it or any of its 8 neighbours is nodata (GDAL's default
 * without {@code -compute_edges}); at the block edge the nearest valid neighbour is mirrored.
 */
public final class Hillshade {
    private Hillshade() { }

    /**
     * @param dem          elevation block (metres) covering {@code out} plus a 1-cell halo where available
     * @param out          window (grid coordinates) to shade; must lie inside {@code dem.window()} shrunk by 1 where possible
     * @param cellSizeXM   cell width in metres
     * @param cellSizeYM   cell height in metres
     * @param azimuthDeg   light azimuth, degrees clockwise from north (GDAL default 315)
     * @param altitudeDeg  light altitude above the horizon in degrees (GDAL default 45)
     * @param zFactor      vertical exaggeration
     * @return shade values 1..255, 0 for nodata, row-major over {@code out}
     */
    public static byte[] shade(RasterBlock dem, Window out, double cellSizeXM, double cellSizeYM,
                               double azimuthDeg, double altitudeDeg, double zFactor) {
        byte[] result = new byte[(int) out.cellCount()];
        double alt = Math.toRadians(altitudeDeg);
        double az = Math.toRadians(azimuthDeg);
        double sinAlt = Math.sin(alt), cosAlt = Math.cos(alt);
        double sinAz = Math.sin(az), cosAz = Math.cos(az);
        Window dw = dem.window();
        double[] z = new double[9];
        for (int r = 0; r < out.height(); r++) {
            for (int c = 0; c < out.width(); c++) {
                int gc = out.col() + c, gr = out.row() + r;
                boolean valid = true;
                for (int k = 0; k < 9 && valid; k++) {
                    int nc = clamp(gc + (k % 3) - 1, dw.col(), dw.endCol() - 1);
                    int nr = clamp(gr + (k / 3) - 1, dw.row(), dw.endRow() - 1);
                    double v = dem.getAbsolute(nc, nr);
                    if (dem.noData().matches(v) || Double.isNaN(v)) valid = false;
                    z[k] = v * zFactor;
                }
                if (!valid) continue;
                // Horn (1981) gradients: z = [a b c / d e f / g h i], rows run southward.
                double gx = ((z[2] + 2 * z[5] + z[8]) - (z[0] + 2 * z[3] + z[6])) / (8 * cellSizeXM);
                double gySouth = ((z[6] + 2 * z[7] + z[8]) - (z[0] + 2 * z[1] + z[2])) / (8 * cellSizeYM);
                double gy = -gySouth; // dz/dNorth
                // Lambert: unit normal (-gx, -gy, 1)/|.| dotted with the light direction (east, north, up).
                double shade = (sinAlt - cosAlt * (gx * sinAz + gy * cosAz)) / Math.sqrt(1 + gx * gx + gy * gy);
                result[r * out.width() + c] = (byte) (shade <= 0 ? 1 : Math.min(255, Math.round(1 + 254 * shade)));
            }
        }
        return result;
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
