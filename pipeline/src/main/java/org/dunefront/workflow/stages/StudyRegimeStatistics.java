package org.dunefront.workflow.stages;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dunefront.wind.DirectionalVariability;
import org.dunefront.wind.EnergyClass;
import org.dunefront.wind.WindRegimeField;
import org.dunefront.wind.WindRegimeGrid;
import org.dunefront.wind.WindRegimeStats;

/**
 * The drift summary's study-grid numbers, streamed tile by tile in two passes over the masked,
 * downscaled regime (never the whole grid in memory): cells with a valid record, exact sums of the
 * drift and flux components (basin direction and mean flux), exact medians and distributions of DP,
 * RDP, RDP/DP, the flux magnitude and the flux-weighted wind ({@link ExactFloatDistribution}), and the
 * cells per DP and RDP/DP class. Equal, bit for bit, to sorting the whole layers; independent of tile
 * size and thread count.
 *
 * <p>{@link #firstPass} and {@link #secondPass} may be called from several threads at once.
 */
final class StudyRegimeStatistics {
    private static final double[] PERCENTILES = {0.1, 0.5, 0.9};

    /** Per-thread state of one pass. */
    private static final class Tally {
        final ExactFloatDistribution dp, rdp, ratio, flux, fluxWind;
        final ExactSum east = new ExactSum(), north = new ExactSum(), qx = new ExactSum(), qy = new ExactSum();
        final long[] dpClass = new long[3], ratioClass = new long[3];
        long cells;

        Tally(ExactFloatDistribution... like) {
            dp = like[0].emptyCopy();
            rdp = like[1].emptyCopy();
            ratio = like[2].emptyCopy();
            flux = like[3].emptyCopy();
            fluxWind = like[4].emptyCopy();
        }

        ExactFloatDistribution[] distributions() {
            return new ExactFloatDistribution[] {dp, rdp, ratio, flux, fluxWind};
        }
    }

    private final Tally total = new Tally(new ExactFloatDistribution(PERCENTILES), new ExactFloatDistribution(PERCENTILES),
            new ExactFloatDistribution(PERCENTILES), new ExactFloatDistribution(PERCENTILES),
            new ExactFloatDistribution(PERCENTILES));
    private PerThread<Tally> pass = newPass();
    private boolean firstDone;
    private boolean secondDone;

    private PerThread<Tally> newPass() {
        return new PerThread<>(() -> new Tally(total.distributions()));
    }

    /** Counts a masked tile of the downscaled regime (NaN outside the AOI). */
    void firstPass(WindRegimeGrid tile) {
        if (firstDone) throw new IllegalStateException("first pass already ended");
        Tally t = pass.get();
        float[] dp = tile.layer(WindRegimeField.DP_VU), ratio = tile.layer(WindRegimeField.RDP_OVER_DP);
        float[] e = tile.layer(WindRegimeField.DRIFT_EAST_VU), n = tile.layer(WindRegimeField.DRIFT_NORTH_VU);
        float[] qx = tile.layer(WindRegimeField.QX_M3_PER_M_YR), qy = tile.layer(WindRegimeField.QY_M3_PER_M_YR);
        for (int i = 0; i < dp.length; i++) {
            if (!Float.isNaN(dp[i])) {
                t.cells++;
                t.east.add(e[i]);
                t.north.add(n[i]);
                t.qx.add(qx[i]);
                t.qy.add(qy[i]);
                t.dpClass[EnergyClass.of(dp[i]).ordinal()]++;
            }
            if (!Float.isNaN(ratio[i])) t.ratioClass[DirectionalVariability.of(ratio[i]).ordinal()]++;
        }
        addValues(t, tile);
    }

    /** Ends the first pass (after every tile has been counted). */
    void endFirstPass() {
        for (Tally t : pass.all()) {
            total.cells += t.cells;
            total.east.add(t.east);
            total.north.add(t.north);
            total.qx.add(t.qx);
            total.qy.add(t.qy);
            for (int k = 0; k < 3; k++) {
                total.dpClass[k] += t.dpClass[k];
                total.ratioClass[k] += t.ratioClass[k];
            }
            merge(t);
        }
        for (ExactFloatDistribution d : total.distributions()) d.startSecondPass();
        firstDone = true;
        pass = newPass();
    }

    /** Counts the same masked tile again (every tile of the first pass, in any order). */
    void secondPass(WindRegimeGrid tile) {
        if (!firstDone || secondDone) throw new IllegalStateException("not in the second pass");
        addValues(pass.get(), tile);
    }

    void endSecondPass() {
        if (!firstDone) throw new IllegalStateException("first pass not ended");
        for (Tally t : pass.all()) merge(t);
        secondDone = true;
        pass = null;
    }

    private void merge(Tally t) {
        ExactFloatDistribution[] into = total.distributions(), from = t.distributions();
        for (int k = 0; k < into.length; k++) into[k].merge(from[k]);
    }

    private static void addValues(Tally t, WindRegimeGrid tile) {
        float[] dp = tile.layer(WindRegimeField.DP_VU), rdp = tile.layer(WindRegimeField.RDP_VU);
        float[] ratio = tile.layer(WindRegimeField.RDP_OVER_DP), wind = tile.layer(WindRegimeField.FLUX_WEIGHTED_WIND_MPS);
        float[] qx = tile.layer(WindRegimeField.QX_M3_PER_M_YR), qy = tile.layer(WindRegimeField.QY_M3_PER_M_YR);
        for (int i = 0; i < dp.length; i++) {
            t.dp.add(dp[i]);
            t.rdp.add(rdp[i]);
            t.ratio.add(ratio[i]);
            t.fluxWind.add(wind[i]);
            t.flux.add((float) Math.hypot(qx[i], qy[i]));
        }
    }

    private void requireDone() {
        if (!secondDone) throw new IllegalStateException("statistics need both passes");
    }

    /** Basin numbers (medians, vector-mean direction, mean flux) over the AOI cells. */
    WindRegimeStats basin() {
        requireDone();
        double[] sums = {total.east.value(), total.north.value(), total.qx.value(), total.qy.value()};
        return WindRegimeStats.of(Math.toIntExact(total.cells), total.dp.percentile(0.5), total.ratio.percentile(0.5),
                total.fluxWind.percentile(0.5), sums);
    }

    double medianRdpVu() {
        requireDone();
        return total.rdp.percentile(0.5);
    }

    ObjectNode dpDistribution() {
        return distribution(total.dp);
    }

    ObjectNode rdpOverDpDistribution() {
        return distribution(total.ratio);
    }

    ObjectNode fluxDistribution() {
        return distribution(total.flux);
    }

    ObjectNode dpClassCells() {
        return classCells(total.dpClass);
    }

    ObjectNode rdpOverDpClassCells() {
        return classCells(total.ratioClass);
    }

    /** {cells, min, p10, median, p90, max, mean}, as {@link WindStatsMath#distribution}. */
    private ObjectNode distribution(ExactFloatDistribution d) {
        requireDone();
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("cells", Math.toIntExact(d.count()));
        Json.put(o, "min", d.min());
        Json.put(o, "p10", d.percentile(0.1));
        Json.put(o, "median", d.percentile(0.5));
        Json.put(o, "p90", d.percentile(0.9));
        Json.put(o, "max", d.max());
        Json.put(o, "mean", d.mean());
        return o;
    }

    private ObjectNode classCells(long[] counts) {
        requireDone();
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        String[] names = {"LOW", "INTERMEDIATE", "HIGH"};
        for (int i = 0; i < 3; i++) o.put(names[i], counts[i]);
        return o;
    }
}
