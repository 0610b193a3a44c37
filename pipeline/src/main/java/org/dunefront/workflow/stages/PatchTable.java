package org.dunefront.workflow.stages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dunefront.error.InputDataException;
import org.dunefront.plan.PatchCriteria;
import org.dunefront.plan.PlanPatch;
import org.dunefront.plan.RestorationAction;

/**
 * The rank stage's {@code patches.csv}: one row per ranked patch with every {@link PlanPatch}
 * field, in overall rank order. Numbers are written with {@link Double#toString} so that reading
 * gives back the exact values (the plan stage reschedules from this table without re-ranking).
 */
public final class PatchTable {
    public static final String FILE = "patches.csv";
    /** The patch-id raster written beside it (INT32, 0 = no patch). */
    public static final String LABELS = "patches.tif";

    private PatchTable() { }

    static String header() {
        StringBuilder sb = new StringBuilder("id,action,cell_count,area_ha,cost_cny");
        PatchCriteria.CRITERIA.forEach(c -> sb.append(",criterion_").append(c.id().replace('-', '_')));
        return sb.append(",score,overall_rank,action_rank,sand_intercepted_m3_per_yr,assets_protected,min_distance_to_settlement_m")
                .toString();
    }

    public static void write(Path file, List<PlanPatch> patches) throws IOException {
        StringBuilder sb = new StringBuilder(header()).append('\n');
        for (PlanPatch p : patches) {
            sb.append(p.id()).append(',').append(p.action().id()).append(',').append(p.cellCount()).append(',')
              .append(p.areaHa()).append(',').append(p.costCny());
            for (double c : p.criteria()) sb.append(',').append(c);
            sb.append(',').append(p.score()).append(',').append(p.overallRank()).append(',').append(p.actionRank())
              .append(',').append(p.sandInterceptedM3PerYr()).append(',').append(p.assetsProtected()).append(',')
              .append(p.minDistanceToSettlementM()).append('\n');
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    public static List<PlanPatch> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(header())) {
            throw new InputDataException(file.toString(), "not a patches table of this version (header differs)",
                    "Rerun the rank stage (dunefront rank --force)");
        }
        int n = PatchCriteria.CRITERIA.size();
        List<PlanPatch> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",", -1);
            try {
                double[] crit = new double[n];
                for (int k = 0; k < n; k++) crit[k] = Double.parseDouble(f[5 + k]);
                RestorationAction a = RestorationAction.ofId(f[1]).orElseThrow(() -> new IllegalArgumentException("action " + f[1]));
                out.add(new PlanPatch(Integer.parseInt(f[0]), a, Long.parseLong(f[2]), Double.parseDouble(f[3]),
                        Double.parseDouble(f[4]), crit, Double.parseDouble(f[5 + n]), Integer.parseInt(f[6 + n]),
                        Integer.parseInt(f[7 + n]), Double.parseDouble(f[8 + n]), Double.parseDouble(f[9 + n]),
                        Double.parseDouble(f[10 + n])));
            } catch (RuntimeException e) {
                throw new InputDataException(file.toString(), "line " + (i + 1) + " is malformed (" + e.getMessage() + ")",
                        "Rerun the rank stage (dunefront rank --force)");
            }
        }
        return out;
    }
}
