package org.dunefront.legend;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dunefront.error.InputDataException;
import org.dunefront.grid.DataType;
import org.dunefront.grid.NoData;
import org.dunefront.grid.RasterBlock;

/**
 * A resolved mapping from a product's class values (0..255) to legend codes. Source values listed
 * as nodata map to the legend's nodata code; values not in the mapping are "unmapped" and are
 * reported by {@link #unmappedCodes(CodeHistogram)}. Immutable and thread-safe.
 */
public final class LandCoverMapping {
    /** Marker in {@link #lookup()} for source values the mapping does not cover. */
    public static final int UNMAPPED = -1;

    private final String product;
    private final String file;
    private final Legend legend;
    private final int[] lookup;

    LandCoverMapping(String product, String file, Legend legend, Map<Integer, Integer> sourceToLegend,
                     Set<Integer> sourceNoData) {
        this.product = product;
        this.file = file;
        this.legend = legend;
        this.lookup = new int[256];
        Arrays.fill(lookup, UNMAPPED);
        sourceToLegend.forEach((s, t) -> lookup[s] = t);
        for (int s : sourceNoData) lookup[s] = legend.noDataCode();
    }

    public String product() {
        return product;
    }

    /** The file the mapping was read from (for messages). */
    public String file() {
        return file;
    }

    public Legend legend() {
        return legend;
    }

    /** Copy of the 256-entry table: source value → legend code, {@link #UNMAPPED} when not covered. */
    public int[] lookup() {
        return lookup.clone();
    }

    /** The legend code of source value {@code sourceCode}, or {@link #UNMAPPED}. */
    public int map(int sourceCode) {
        return sourceCode >= 0 && sourceCode < 256 ? lookup[sourceCode] : UNMAPPED;
    }

    /** Source values present in the histogram that the mapping does not cover, with counts. */
    public SortedMap<Integer, Long> unmappedCodes(CodeHistogram sourceHistogram) {
        TreeMap<Integer, Long> out = new TreeMap<>();
        sourceHistogram.counts().forEach((code, n) -> {
            if (map(code) == UNMAPPED) out.put(code, n);
        });
        return Collections.unmodifiableSortedMap(out);
    }

    /**
     * Maps a block of source values to a UINT8 block of legend codes (nodata = the legend's nodata
     * code). Source nodata cells become legend nodata.
     *
     * @param sourceName the source file, named in the error
     * @throws InputDataException when the block holds values the mapping does not cover (listed with counts)
     */
    public RasterBlock apply(RasterBlock source, String sourceName) {
        RasterBlock.Bytes out = (RasterBlock.Bytes) RasterBlock.create(DataType.UINT8, source.window(),
                NoData.of(legend.noDataCode()));
        byte[] d = out.data();
        CodeHistogram bad = null;
        int w = source.width();
        for (int r = 0; r < source.height(); r++) {
            for (int c = 0; c < w; c++) {
                double v = source.get(c, r);
                int t;
                if (source.noData().matches(v) || Double.isNaN(v)) {
                    t = legend.noDataCode();
                } else {
                    t = map((int) Math.rint(v));
                    if (t == UNMAPPED) {
                        if (bad == null) bad = new CodeHistogram();
                        bad.add((int) Math.rint(v), 1);
                        t = legend.noDataCode();
                    }
                }
                d[r * w + c] = (byte) t;
            }
        }
        if (bad != null) {
            throw new InputDataException(sourceName,
                    "land-cover values not covered by the " + product + " mapping (" + file + "): "
                            + Legend.describeCounts(bad.counts()),
                    "Add these values to a copy of the mapping file (or list them under noData) and give it as the "
                            + "ingest land-cover mapping, or check that the raster really is a " + product + " product");
        }
        return out;
    }
}
