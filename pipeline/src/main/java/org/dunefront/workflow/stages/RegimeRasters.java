package org.dunefront.workflow.stages;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.RasterSink;
import org.dunefront.grid.Window;
import org.dunefront.wind.DirectionalVariability;
import org.dunefront.wind.EnergyClass;
import org.dunefront.wind.WindRegimeField;
import org.dunefront.wind.WindRegimeGrid;
import org.dunefront.workflow.StageContext;

/**
 * The wind-regime rasters of the drift stage on one grid (study grid, or the native grid with the
 * suffix {@code _native}): dp, rdp, rdd, rdp_dp, qx, qy, flux_weighted_wind (float32, unit and
 * description of the {@link WindRegimeField}) and the classes dp_class and rdp_dp_class (uint8),
 * all written from one regime block per tile.
 */
final class RegimeRasters implements StudyTileOutput {
    private static final WindRegimeField[] FIELDS = {
        WindRegimeField.DP_VU, WindRegimeField.RDP_VU, WindRegimeField.RDD_DEG, WindRegimeField.RDP_OVER_DP,
        WindRegimeField.QX_M3_PER_M_YR, WindRegimeField.QY_M3_PER_M_YR, WindRegimeField.FLUX_WEIGHTED_WIND_MPS};
    private static final String[] NAMES = {
        DriftOutputs.DP, DriftOutputs.RDP, DriftOutputs.RDD, DriftOutputs.RDP_DP, DriftOutputs.QX, DriftOutputs.QY,
        DriftOutputs.FLUX_WIND};

    private final List<RasterSink> sinks;

    private RegimeRasters(List<RasterSink> sinks) {
        this.sinks = sinks;
    }

    static RegimeRasters create(StageContext ctx, GridGeometry grid, String suffix) throws IOException {
        List<RasterSink> sinks = new ArrayList<>();
        try {
            for (int k = 0; k < FIELDS.length; k++) {
                sinks.add(DriftSinks.floats(ctx, withSuffix(NAMES[k], suffix), grid, FIELDS[k].unit(), FIELDS[k].description()));
            }
            sinks.add(DriftSinks.classes(ctx, withSuffix(DriftOutputs.DP_CLASS, suffix), grid,
                    "Fryberger & Dean (1979) wind energy class of DP: <200 low, 200-399 intermediate, >=400 high VU"));
            sinks.add(DriftSinks.classes(ctx, withSuffix(DriftOutputs.RDP_DP_CLASS, suffix), grid,
                    "directional variability RDP/DP: <0.3 low, 0.3-0.8 intermediate, >0.8 high"));
            return new RegimeRasters(sinks);
        } catch (IOException | RuntimeException e) {
            DriftSinks.closeAll(sinks);
            throw e;
        }
    }

    private static String withSuffix(String name, String suffix) {
        return name.replace(".tif", suffix + ".tif");
    }

    @Override
    public void write(StudyTile tile) throws IOException {
        write(tile.regime());
    }

    /** Writes the regime over its window (NaN = no record: class 0). */
    void write(WindRegimeGrid g) throws IOException {
        Window w = g.window();
        for (int k = 0; k < FIELDS.length; k++) DriftSinks.writeFloats(sinks.get(k), 0, w, g.layer(FIELDS[k]));
        float[] dp = g.layer(WindRegimeField.DP_VU), ratio = g.layer(WindRegimeField.RDP_OVER_DP);
        byte[] dpClass = new byte[dp.length], ratioClass = new byte[dp.length];
        for (int i = 0; i < dp.length; i++) {
            dpClass[i] = Float.isNaN(dp[i]) ? 0 : (byte) (EnergyClass.of(dp[i]).ordinal() + 1);
            ratioClass[i] = Float.isNaN(ratio[i]) ? 0 : (byte) (DirectionalVariability.of(ratio[i]).ordinal() + 1);
        }
        DriftSinks.writeBytes(sinks.get(FIELDS.length), w, dpClass);
        DriftSinks.writeBytes(sinks.get(FIELDS.length + 1), w, ratioClass);
    }

    @Override
    public void commit() throws IOException {
        DriftSinks.commitAll(sinks);
    }

    @Override
    public void close() throws IOException {
        DriftSinks.closeAll(sinks);
    }
}
