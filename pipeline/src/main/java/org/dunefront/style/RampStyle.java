package org.dunefront.style;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A continuous raster's style: colour stops at break values in the layer's units, interpolated
 * between stops; values outside the first/last stop take the end colours. Stop labels carry the
 * unit ("200 VU", "45°"); the factories spread the ramp's colours evenly over the breaks (so that
 * uneven breaks such as 0.1, 0.5, 2, 10 m each get a distinct colour).
 *
 * @param title layer title with quantity and unit
 * @param stops stops in ascending value
 */
public record RampStyle(String title, List<RampStop> stops) implements RasterStyle {
    private static final String[] COMPASS = {"N", "NE", "E", "SE", "S", "SW", "W", "NW", "N"};

    public RampStyle {
        Objects.requireNonNull(title);
        stops = List.copyOf(stops);
        StyleGenerator.checkAscending(stops);
    }

    @Override
    public String qml() {
        return StyleGenerator.continuousRasterQml(stops, 1);
    }

    @Override
    public String sld(String layerName) {
        return StyleGenerator.continuousRasterSld(layerName, title, stops);
    }

    /** Sequential ramp through {@code breaks} (ascending), colours evenly spread over {@code ramp}. */
    public static RampStyle sequential(String title, String unit, ColourRamp ramp, double... breaks) {
        List<RampStop> stops = new ArrayList<>();
        for (int i = 0; i < breaks.length; i++) {
            double t = breaks.length == 1 ? 0 : (double) i / (breaks.length - 1);
            stops.add(new RampStop(breaks[i], label(breaks[i], unit), ramp.at(t)));
        }
        return new RampStyle(title, stops);
    }

    /**
     * Diverging ramp symmetric around 0: stops at −b…, 0, +b… for the ascending positive
     * {@code positiveBreaks}; 0 takes the ramp's neutral middle colour. The outermost labels say what
     * the sign means ({@code negativeMeaning}, {@code positiveMeaning}).
     */
    public static RampStyle diverging(String title, String unit, ColourRamp ramp, String negativeMeaning,
                                      String positiveMeaning, double... positiveBreaks) {
        int n = positiveBreaks.length;
        if (n == 0 || !(positiveBreaks[0] > 0)) throw new IllegalArgumentException("diverging breaks must be positive");
        List<RampStop> stops = new ArrayList<>();
        for (int i = n - 1; i >= 0; i--) {
            double v = -positiveBreaks[i];
            String note = i == n - 1 ? " (" + negativeMeaning + ")" : "";
            stops.add(new RampStop(v, label(v, unit) + note, ramp.at(0.5 - 0.5 * (i + 1) / n)));
        }
        stops.add(new RampStop(0, label(0, unit), ramp.at(0.5)));
        for (int i = 0; i < n; i++) {
            double v = positiveBreaks[i];
            String note = i == n - 1 ? " (" + positiveMeaning + ")" : "";
            stops.add(new RampStop(v, label(v, unit) + note, ramp.at(0.5 + 0.5 * (i + 1) / n)));
        }
        return new RampStyle(title, stops);
    }

    /** Cyclic ramp over azimuths 0..360° every 45°, labelled with the compass point ("90° (E)"). */
    public static RampStyle compass(String title, ColourRamp ramp) {
        List<RampStop> stops = new ArrayList<>();
        for (int i = 0; i <= 8; i++) {
            double deg = 45.0 * i;
            stops.add(new RampStop(deg, label(deg, "°") + " (" + COMPASS[i] + ")", ramp.at(deg / 360)));
        }
        return new RampStyle(title, stops);
    }

    /** This style with the stop at {@code value} labelled {@code label + " (" + note + ")"}. */
    public RampStyle withNote(double value, String note) {
        return map(value, s -> new RampStop(s.value(), s.label() + " (" + note + ")", s.argb()));
    }

    /** This style with the stop at {@code value} transparent (e.g. "no sand" at 0 m). */
    public RampStyle transparentAt(double value) {
        return map(value, s -> new RampStop(s.value(), s.label(), s.argb() & 0x00FFFFFF));
    }

    private RampStyle map(double value, java.util.function.UnaryOperator<RampStop> f) {
        List<RampStop> out = new ArrayList<>();
        boolean found = false;
        for (RampStop s : stops) {
            boolean hit = s.value() == value;
            found |= hit;
            out.add(hit ? f.apply(s) : s);
        }
        if (!found) throw new IllegalArgumentException("no stop at " + value + " in " + title);
        return new RampStyle(title, out);
    }

    /** "200 VU", "0.3", "45°", "-5 m/s". */
    static String label(double value, String unit) {
        String v = StyleGenerator.num(value == 0 ? 0 : value);
        if (unit.isEmpty()) return v;
        return unit.equals("°") ? v + unit : v + " " + unit;
    }
}
