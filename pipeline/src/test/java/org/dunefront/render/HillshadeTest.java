package org.dunefront.render;

import static org.junit.jupiter.api.Assertions.*;

import org.dunefront.grid.DataType;
import org.dunefront.grid.NoData;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.Window;
import org.junit.jupiter.api.Test;

class HillshadeTest {

    private static RasterBlock plane(double dzdxEast, double dzdyNorth, int n) {
        RasterBlock b = RasterBlock.create(DataType.FLOAT64, new Window(0, 0, n, n), NoData.NAN);
        for (int r = 0; r < n; r++) for (int c = 0; c < n; c++) b.set(c, r, 100 + dzdxEast * c * 10 - dzdyNorth * r * 10);
        return b;
    }

    @Test
    void flatTerrainGivesSinOfSunAltitude() {
        byte[] s = Hillshade.shade(plane(0, 0, 5), new Window(1, 1, 3, 3), 10, 10, 315, 45, 1);
        long expected = Math.round(1 + 254 * Math.sin(Math.toRadians(45)));
        for (byte b : s) assertEquals(expected, b & 0xFF);
    }

    @Test
    void planeFacingTheSunIsLitByLambertsLaw() {
        // Plane rising toward the south-east (facing north-west, toward a 315° sun): gx = 1, gy = -1 per metre.
        byte[] s = Hillshade.shade(plane(1, -1, 5), new Window(2, 2, 1, 1), 10, 10, 315, 45, 1);
        double alt = Math.toRadians(45), az = Math.toRadians(315);
        double gx = 1, gy = -1;
        double cos = (Math.sin(alt) - Math.cos(alt) * (gx * Math.sin(az) + gy * Math.cos(az))) / Math.sqrt(1 + gx * gx + gy * gy);
        assertEquals(Math.round(1 + 254 * cos), s[0] & 0xFF);
        // the opposite plane faces away from the sun: fully shaded (1)
        byte[] away = Hillshade.shade(plane(-1, 1, 5), new Window(2, 2, 1, 1), 10, 10, 315, 45, 1);
        assertEquals(1, away[0] & 0xFF);
    }

    @Test
    void nodataNeighbourMakesNodata() {
        RasterBlock b = plane(0, 0, 5);
        b.set(2, 2, Double.NaN);
        byte[] s = Hillshade.shade(b, new Window(1, 1, 3, 3), 10, 10, 315, 45, 1);
        for (byte v : s) assertEquals(0, v);
    }
}
