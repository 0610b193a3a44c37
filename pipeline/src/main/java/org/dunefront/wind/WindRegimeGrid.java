package org.dunefront.wind;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.dunefront.grid.NoData;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.Window;

/**
 * The wind regime over a window: one float layer per {@link WindRegimeField}, row-major, NaN where
 * there was no valid wind. Layers are shared, not copied: treat them as read-only.
 */
public final class WindRegimeGrid {
    private final Window window;
    private final EnumMap<WindRegimeField, float[]> layers;

    WindRegimeGrid(Window window, Map<WindRegimeField, float[]> layers) {
        this.window = Objects.requireNonNull(window);
        this.layers = new EnumMap<>(layers);
        for (WindRegimeField f : WindRegimeField.values()) {
            float[] a = this.layers.get(f);
            if (a == null || a.length != window.cellCount()) throw new IllegalArgumentException("layer " + f);
        }
    }

    /**
     * A grid from existing layers (e.g. read back from a cache); every field must be present with
     * {@code window.cellCount()} values.
     */
    public static WindRegimeGrid of(Window window, Map<WindRegimeField, float[]> layers) {
        return new WindRegimeGrid(window, layers);
    }

    static WindRegimeGrid allocate(Window window) {
        EnumMap<WindRegimeField, float[]> m = new EnumMap<>(WindRegimeField.class);
        for (WindRegimeField f : WindRegimeField.values()) m.put(f, new float[(int) window.cellCount()]);
        return new WindRegimeGrid(window, m);
    }

    public Window window() {
        return window;
    }

    /** The layer's array (row-major over {@link #window()}). */
    public float[] layer(WindRegimeField field) {
        return layers.get(field);
    }

    /** The layer as a FLOAT32 block with NaN nodata (shares the array). */
    public RasterBlock.Floats block(WindRegimeField field) {
        return new RasterBlock.Floats(window, NoData.NAN, layers.get(field));
    }

    /** Value of a layer at local (col, row). */
    public float get(WindRegimeField field, int col, int row) {
        return layers.get(field)[row * window.width() + col];
    }
}
