package org.dunefront.terrain;

import java.util.Arrays;
import org.dunefront.grid.Window;

/**
 * Winstral Sx (degrees) of one window for each wind sector: {@code sxDeg[k]} is row-major over
 * {@link #window()} for wind blowing FROM {@code k·360/S}, or {@code null} when sector k was not computed
 * (it carries too little sand-moving wind to matter; callers treat it as "never sheltered").
 */
public record ShelterBySector(Window window, float[][] sxDeg) {

    public int sectors() {
        return sxDeg.length;
    }

    public boolean computed(int k) {
        return sxDeg[k] != null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ShelterBySector s && window.equals(s.window) && Arrays.deepEquals(sxDeg, s.sxDeg);
    }

    @Override
    public int hashCode() {
        return window.hashCode() * 31 + Arrays.deepHashCode(sxDeg);
    }

    @Override
    public String toString() {
        return "ShelterBySector[" + window + ", " + sxDeg.length + " sectors]";
    }
}
