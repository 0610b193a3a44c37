package org.dunefront.wind;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Compass names: 16 sectors of 22.5° centred on their points (ESE = 112.5°, spanning 101.25°–123.75°). */
class WindDirectionTest {
    @Test
    void compassPointsAreCentredSectorsOf22Point5Degrees() {
        assertEquals("ESE", WindDirection.compassPoint16(112.5));
        assertEquals("ESE", WindDirection.compassPoint16(101.25), "lower edge rounds up into ESE");
        assertEquals("ESE", WindDirection.compassPoint16(123.7));
        assertEquals("SE", WindDirection.compassPoint16(123.75), "upper edge belongs to SE");
        assertEquals("SE", WindDirection.compassPoint16(124.4));
        assertEquals("N", WindDirection.compassPoint16(355));
        assertEquals("N", WindDirection.compassPoint16(0));
        assertEquals("NNW", WindDirection.compassPoint16(337.5));
        assertEquals("", WindDirection.compassPoint16(Double.NaN));
    }

    @Test
    void towardAndFromDirectionsOfANorthWestWind() {
        // from 315°: u = +s·sin45°, v = -s·cos45°; sand moves toward 135°
        double u = WindDirection.eastwardComponent(10, 315), v = WindDirection.northwardComponent(10, 315);
        assertEquals(7.0710678, u, 1e-6);
        assertEquals(-7.0710678, v, 1e-6);
        assertEquals(135, WindDirection.towardDeg(u, v), 1e-9);
        assertEquals(315, WindDirection.fromDeg(u, v), 1e-9);
    }
}
