package org.dunefront.wind;

/**
 * Direction conventions. Azimuths are degrees clockwise from north in [0, 360). The wind vector
 * (u eastward, v northward) points where the air goes; the meteorological direction is where it
 * comes <em>from</em>. A north-west wind (from 315°) has u &gt; 0, v &lt; 0 and moves sand toward 135°.
 * Azimuths are computed with {@code atan2(east, north)}, never {@code atan}, so all four quadrants
 * are right (science.md §1).
 */
public final class WindDirection {
    private WindDirection() {
    }

    /** Azimuth (deg clockwise from north, [0, 360)) of the vector (east, north); 0 for the zero vector. */
    public static double azimuthDeg(double east, double north) {
        double a = Math.toDegrees(Math.atan2(east, north));
        return normalizeDeg(a);
    }

    /** Direction the wind blows toward, from its components. */
    public static double towardDeg(double uMps, double vMps) {
        return azimuthDeg(uMps, vMps);
    }

    /** Meteorological direction the wind blows from, from its components. */
    public static double fromDeg(double uMps, double vMps) {
        return normalizeDeg(azimuthDeg(uMps, vMps) + 180.0);
    }

    /** Eastward component of a wind of {@code speed} blowing from {@code fromDeg}. */
    public static double eastwardComponent(double speed, double fromDeg) {
        return -speed * Math.sin(Math.toRadians(fromDeg));
    }

    /** Northward component of a wind of {@code speed} blowing from {@code fromDeg}. */
    public static double northwardComponent(double speed, double fromDeg) {
        return -speed * Math.cos(Math.toRadians(fromDeg));
    }

    /** Maps any angle in degrees to [0, 360). */
    public static double normalizeDeg(double deg) {
        double a = deg % 360.0;
        if (a < 0) a += 360.0;
        return a >= 360.0 ? 0.0 : a;
    }

    private static final String[] COMPASS_16 = {"N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE",
            "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW"};

    /**
     * The 16-point compass name of an azimuth (degrees clockwise from north): each point covers
     * 22.5° centred on its direction, e.g. ESE is 101.25° ≤ a &lt; 123.75°; "" for NaN.
     */
    public static String compassPoint16(double deg) {
        if (Double.isNaN(deg)) return "";
        return COMPASS_16[(int) Math.floorMod(Math.round(deg / 22.5), 16)];
    }
}
