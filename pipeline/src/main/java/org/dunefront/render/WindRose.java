package org.dunefront.render;

/**
 * Sand-rose data for the map inset: drift potential per direction sector and the resultant.
 * Sectors are centred on {@code i·360/n} degrees and hold the DP of winds blowing FROM that
 * direction (Fryberger &amp; Dean 1979 sand-rose convention); the resultant drift direction (RDD)
 * is the direction sand moves TOWARD.
 *
 * @param sectorDpVu  drift potential per sector in vector units (VU), n ≥ 4
 * @param rdpVu       resultant drift potential (VU)
 * @param rddDeg      resultant drift direction, degrees clockwise from north (toward)
 */
public record WindRose(double[] sectorDpVu, double rdpVu, double rddDeg) {
    public WindRose {
        if (sectorDpVu == null || sectorDpVu.length < 4) throw new IllegalArgumentException("need at least 4 sectors");
        sectorDpVu = sectorDpVu.clone();
    }

    public double totalDpVu() {
        double s = 0;
        for (double v : sectorDpVu) s += v;
        return s;
    }
}
