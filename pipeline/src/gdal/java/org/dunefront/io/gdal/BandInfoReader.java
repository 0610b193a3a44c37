package org.dunefront.io.gdal;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Vector;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.NoData;
import org.gdal.gdal.Band;
import org.gdal.gdal.ColorTable;
import org.gdal.gdal.MajorObject;

/** Reads a GDAL band's descriptive metadata into a {@link BandInfo}. */
final class BandInfoReader {
    /** BandInfo metadata key holding the band's time stamp (ISO-8601 UTC) when it is a time step. */
    static final String TIME_KEY = "time";

    private BandInfoReader() { }

    static BandInfo read(Band band, Map<String, String> datasetMetadata) {
        Double[] v = new Double[1];
        band.GetNoDataValue(v);
        NoData noData = v[0] == null ? NoData.NONE : NoData.of(v[0]);
        band.GetScale(v);
        double scale = v[0] == null ? 1 : v[0];
        band.GetOffset(v);
        double offset = v[0] == null ? 0 : v[0];
        Map<String, String> metadata = new LinkedHashMap<>(metadata(band, ""));
        BandTimes.time(metadata, datasetMetadata).ifPresent(t -> metadata.put(TIME_KEY, t));
        return new BandInfo(noData, scale, offset, band.GetUnitType(), band.GetDescription(),
                palette(band.GetRasterColorTable()), categoryNames(band), metadata);
    }

    /** An object's metadata in a domain, sorted by key (GDAL hands out a Hashtable). */
    static Map<String, String> metadata(MajorObject o, String domain) {
        Map<String, String> out = new TreeMap<>();
        @SuppressWarnings("unchecked")
        Hashtable<Object, Object> h = o.GetMetadata_Dict(domain);
        if (h != null) h.forEach((k, val) -> out.put(String.valueOf(k), String.valueOf(val)));
        return out;
    }

    private static List<Integer> palette(ColorTable ct) {
        if (ct == null) return List.of();
        List<Integer> argb = new ArrayList<>(ct.GetCount());
        for (int i = 0; i < ct.GetCount(); i++) {
            Color c = ct.GetColorEntry(i);
            argb.add(c.getRGB());
        }
        return argb;
    }

    private static List<String> categoryNames(Band band) {
        @SuppressWarnings("unchecked")
        Vector<Object> names = band.GetCategoryNames();
        if (names == null || names.isEmpty()) return List.of();
        List<String> out = new ArrayList<>(names.size());
        for (Object n : names) out.add(n == null ? "" : n.toString());
        return out;
    }
}
