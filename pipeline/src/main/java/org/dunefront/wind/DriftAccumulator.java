package org.dunefront.wind;

/** Running sums of Fryberger &amp; Dean (1979) drift potential; not thread-safe. */
final class DriftAccumulator {
    private final double thresholdKn;
    private double dp;
    private double east;
    private double north;

    DriftAccumulator(double thresholdKn) {
        this.thresholdKn = thresholdKn;
    }

    void reset() {
        dp = 0;
        east = 0;
        north = 0;
    }

    /** Adds V²(V − Vt)·t in the direction of the unit vector (ex, en) the sand moves toward. */
    void addKnots(double speedKn, double ex, double en, double t) {
        if (!(speedKn > thresholdKn)) return;
        double w = speedKn * speedKn * (speedKn - thresholdKn) * t;
        dp += w;
        east += w * ex;
        north += w * en;
    }

    /** Adds one time step of wind components in m/s with weight t. */
    void addMps(double uMps, double vMps, double t) {
        double speed = Math.hypot(uMps, vMps);
        if (speed == 0) return;
        addKnots(WindUnits.knotsFromMps(speed), uMps / speed, vMps / speed, t);
    }

    double dp() {
        return dp;
    }

    double east() {
        return east;
    }

    double north() {
        return north;
    }

    DriftPotential result() {
        double rdp = Math.hypot(east, north);
        double rdd = rdp > 0 ? WindDirection.azimuthDeg(east, north) : Double.NaN;
        return new DriftPotential(dp, rdp, rdd);
    }
}
