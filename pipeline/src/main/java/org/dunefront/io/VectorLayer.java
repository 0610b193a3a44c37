package org.dunefront.io;

import java.util.List;
import java.util.Objects;
import org.dunefront.grid.CrsDefinition;

/**
 * A vector layer read completely into memory (the study's boundaries, rivers, playas: thousands of
 * features, not millions).
 *
 * @param name       layer name (GeoPackage table, GeoJSON/Shapefile base name)
 * @param crs        the layer's CRS ({@link CrsDefinition#UNKNOWN} when the file declares none)
 * @param fieldNames attribute field names in file order
 * @param features   the features in file (FID) order
 */
public record VectorLayer(String name, CrsDefinition crs, List<String> fieldNames, List<VectorFeature> features) {
    public VectorLayer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(crs, "crs");
        fieldNames = List.copyOf(fieldNames);
        features = List.copyOf(features);
    }

    public int size() {
        return features.size();
    }
}
