package org.dunefront.workflow.stages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.dunefront.render.WindRose;

/**
 * The sand rose of {@code drift/drift_summary.json} ({@code sandRose}: 16 sectors of DP from the
 * direction the wind blows FROM, RDP, RDD toward) as the render stage's {@link WindRose} inset;
 * empty when the drift stage has not run or the summary has no rose.
 */
final class DriftSummaryRose {
    private DriftSummaryRose() { }

    static Optional<WindRose> read(Path driftDir) throws IOException {
        Path f = driftDir.resolve(DriftOutputs.SUMMARY);
        if (!Files.isRegularFile(f)) return Optional.empty();
        JsonNode r = new ObjectMapper().readTree(f.toFile()).path("sandRose");
        JsonNode s = r.path("sectorDpVu");
        if (!s.isArray() || s.size() < 4) return Optional.empty();
        double[] sectors = new double[s.size()];
        for (int i = 0; i < sectors.length; i++) sectors[i] = s.get(i).asDouble();
        return Optional.of(new WindRose(sectors, r.path("rdpVu").asDouble(), r.path("rddDeg").asDouble(Double.NaN)));
    }
}
