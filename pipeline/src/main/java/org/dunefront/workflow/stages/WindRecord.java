package org.dunefront.workflow.stages;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dunefront.error.InputDataException;
import org.dunefront.grid.GridGeometry;
import org.dunefront.grid.RasterBlock;
import org.dunefront.grid.RasterSource;
import org.dunefront.transport.StepLength;
import org.dunefront.workflow.StageContext;

/**
 * The ingested wind record on its native grid ({@code ingest/wind_u.tif}, {@code wind_v.tif}): one
 * u and one v block per time step and the calendar month of every step (from the band's
 * {@code time} metadata; empty when a band has none or it cannot be parsed).
 */
record WindRecord(GridGeometry grid, List<RasterBlock> u, List<RasterBlock> v, List<Integer> months) {

    static WindRecord read(StageContext ctx, Path uFile, Path vFile) throws IOException {
        try (RasterSource us = ctx.run().rasters().open(uFile); RasterSource vs = ctx.run().rasters().open(vFile)) {
            if (us.bandCount() != vs.bandCount() || !us.grid().sameGridAs(vs.grid(), 1e-9)) {
                throw new InputDataException(vFile.toString(), "wind v has " + vs.bandCount() + " bands on grid " + vs.grid()
                        + ", wind u " + us.bandCount() + " on " + us.grid(), "Re-run the ingest stage (dunefront ingest)");
            }
            List<RasterBlock> u = new ArrayList<>(), v = new ArrayList<>();
            List<Integer> months = new ArrayList<>();
            int n = us.bandCount();
            for (int b = 0; b < n; b++) {
                u.add(us.read(b, us.grid().extent()));
                v.add(vs.read(b, vs.grid().extent()));
                months.add(month(us.bandInfo(b).metadata().get("time")).orElse(0));
                ctx.progress().reportOrCancel(0.2 * (b + 1.0) / n, "reading the wind record");
            }
            return new WindRecord(us.grid(), u, v, months);
        }
    }

    /** Calendar month 1–12 of an ISO 8601 time, empty when absent or unparsable. */
    static Optional<Integer> month(String iso) {
        if (iso == null || iso.isBlank()) return Optional.empty();
        String t = iso.trim();
        try {
            return Optional.of(OffsetDateTime.parse(t).getMonthValue());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDateTime.parse(t.endsWith("Z") ? t.substring(0, t.length() - 1) : t).getMonthValue());
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    /**
     * Indices of the steps of each model period of the year (12 months, or the quarters Jan–Mar,
     * Apr–Jun, Jul–Sep, Oct–Dec), in period order; empty when a step has no month or a period has
     * no step (then the annual record stands for every period).
     */
    Optional<List<List<Integer>>> periods(StepLength length) {
        int k = length.stepsPerYear();
        List<List<Integer>> out = new ArrayList<>();
        for (int p = 0; p < k; p++) out.add(new ArrayList<>());
        for (int i = 0; i < months.size(); i++) {
            int m = months.get(i);
            if (m < 1) return Optional.empty();
            out.get((m - 1) * k / 12).add(i);
        }
        for (List<Integer> p : out) if (p.isEmpty()) return Optional.empty();
        return Optional.of(out);
    }

    <T> List<T> select(List<T> all, List<Integer> idx) {
        List<T> out = new ArrayList<>(idx.size());
        for (int i : idx) out.add(all.get(i));
        return out;
    }
}
