package org.dunefront.legend;

/** Land-cover products with a mapping file shipped in {@code styles/mappings/}. */
public enum SourceProduct {
    /** ESA WorldCover 10 m (values 10..100). */
    WORLDCOVER("worldcover"),
    /** USGS NLCD (values 11..95). */
    NLCD("nlcd"),
    /** CORINE Land Cover raster grid index 1..44. */
    CORINE("corine");

    private final String fileStem;

    SourceProduct(String fileStem) {
        this.fileStem = fileStem;
    }

    /** Mapping file name under {@code styles/mappings/}. */
    public String mappingFileName() {
        return fileStem + ".yaml";
    }
}
