package org.dunefront.io.geotiff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * The parts of a GDAL PAM sidecar ({@code FILE.aux.xml}) that a GeoTIFF cannot carry itself:
 * per-band category names ({@code <CategoryNames><Category>…}) and band descriptions.
 * An absent or unreadable sidecar yields empty values.
 */
final class PamSidecar {
    /** Sidecar values of one band. */
    record Band(String description, List<String> categoryNames) { }

    private final Map<Integer, Band> bands;

    private PamSidecar(Map<Integer, Band> bands) {
        this.bands = bands;
    }

    /** The band (0-based) entry, or null. */
    Band band(int band0) {
        return bands.get(band0);
    }

    static PamSidecar read(Path tif) {
        Map<Integer, Band> out = new HashMap<>();
        Path aux = tif.resolveSibling(tif.getFileName() + ".aux.xml");
        if (!Files.isRegularFile(aux)) return new PamSidecar(out);
        Element root;
        try {
            root = GdalXml.parse(Files.readAllBytes(aux));
        } catch (IOException e) {
            return new PamSidecar(out);
        }
        if (root == null) return new PamSidecar(out);
        for (Element b : GdalXml.children(root, "PAMRasterBand")) {
            int band;
            try {
                band = Integer.parseInt(b.getAttribute("band").trim()) - 1;
            } catch (NumberFormatException e) {
                continue;
            }
            String desc = "";
            for (Element d : GdalXml.children(b, "Description")) desc = d.getTextContent();
            List<String> names = new ArrayList<>();
            for (Element cn : GdalXml.children(b, "CategoryNames")) {
                for (Element c : GdalXml.children(cn, "Category")) names.add(c.getTextContent());
            }
            out.put(band, new Band(desc, names));
        }
        return new PamSidecar(out);
    }
}
