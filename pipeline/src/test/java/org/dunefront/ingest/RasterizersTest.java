package org.dunefront.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dunefront.grid.Window;
import org.junit.jupiter.api.Test;

/** The pure helpers on hand-computed tiny grids. */
class RasterizersTest {
    /**
     * A rectangle (1, 1)–(4, 3) with a hole (2..3, 1.5..2.5): cell centres (c+0.5, r+0.5) inside by the even-odd rule,
     * edges half-open in y (a centre on the hole's lower edge y = 2.5 is outside the hole, like GDAL's scan lines).
     */
    @Test
    void polygonCellCentresInsideExcludingHoles() {
        double[] shell = {1, 1, 4, 1, 4, 3, 1, 3, 1, 1};
        double[] hole = {2, 1.5, 3, 1.5, 3, 2.5, 2, 2.5, 2, 1.5};
        Window w = new Window(0, 0, 5, 4);
        byte[] out = new byte[20];
        PolygonRasterizer.fill(List.of(List.of(shell, hole)), w, out, (byte) 1);
        byte[] expected = {
            0, 0, 0, 0, 0,
            0, 1, 0, 1, 0,
            0, 1, 1, 1, 0,
            0, 0, 0, 0, 0};
        assertArrayEquals(expected, out);
        // the same polygon through a window offset by (2, 1): only the overlapping part, in local coordinates
        byte[] part = new byte[6];
        PolygonRasterizer.fill(List.of(List.of(shell, hole)), new Window(2, 1, 3, 2), part, (byte) 1);
        assertArrayEquals(new byte[] {0, 1, 0, 1, 1, 0}, part);
    }

    /** A segment from (0.5, 0.5) to (3.5, 2.5) passes through exactly these cells (hand-traced); bits are OR-ed. */
    @Test
    void linesBurnEveryCellTheyCrossWithOredBits() {
        Window w = new Window(0, 0, 4, 3);
        byte[] out = new byte[12];
        LineRasterizer.burn(List.of(new double[] {0.5, 0.5, 3.5, 2.5}), 1, w, out);
        // y = 0.5 + 2/3 (x - 0.5): crosses y=1 at x=1.25, y=2 at x=2.75
        byte[] expected = {
            1, 1, 0, 0,
            0, 1, 1, 0,
            0, 0, 1, 1};
        assertArrayEquals(expected, out);
        LineRasterizer.burn(List.of(new double[] {0.2, 1.5, 3.9, 1.5}), 4, w, out);
        assertArrayEquals(new byte[] {1, 1, 0, 0, 4, 5, 5, 4, 0, 0, 1, 1}, out);
    }

    @Test
    void singleSnapshotTimeIsFoundInDatasetMetadata() {
        assertEquals(Optional.of("1995-07-14T12:00:00Z"),
                WindTimes.datasetTime(Map.of("SOURCE", "ERA5 reanalysis 10m U wind, 1995-07-14T12 UTC, from x.nc")));
        assertEquals(Optional.of("2020-03-01T06:00:00Z"), WindTimes.datasetTime(Map.of("time", "2020-03-01T06:00:00Z")));
        assertEquals(Optional.empty(), WindTimes.datasetTime(Map.of("UNITS", "m/s")));
    }

    @Test
    void riverAttributeValues() {
        assertEquals(true, RiverAttributes.value(Boolean.TRUE));
        assertEquals(true, RiverAttributes.value(1L));
        assertEquals(false, RiverAttributes.value(" No "));
        assertEquals(null, RiverAttributes.value("maybe"));
        assertEquals(null, RiverAttributes.value(null));
    }
}
