package org.dunefront.style;

/**
 * One stop of a continuous colour ramp.
 *
 * @param value data value at the stop (physical units of the layer)
 * @param label legend label
 * @param argb  colour, ARGB
 */
public record RampStop(double value, String label, int argb) {
    public RampStop {
        if (!Double.isFinite(value)) throw new IllegalArgumentException("ramp stop value must be finite: " + value);
        label = label == null ? "" : label;
    }
}
