package org.dunefront.transport;

import java.util.List;
import java.util.Objects;

/**
 * The co-registered study-grid layers a transport run needs (row-major, {@code width × height}).
 * Nullable layers have the stated default. Build with {@link #builder}.
 *
 * @param width                    columns
 * @param height                   rows (row 0 is the northern edge)
 * @param cellSizeXM               cell width, m
 * @param cellSizeYM               cell height, m
 * @param surfaceCodes             per-cell land-cover code (unsigned byte)
 * @param surfaceLookup            class of each code (index = unsigned code); null entries are unknown codes
 * @param potentialFlux            potential flux: one field (used every step) or one per step of the year
 * @param vegetationCoverFraction  fractional cover 0–1 [null: 0]
 * @param roughnessLengthM         aerodynamic roughness z0, m [null: the reference roughness]
 * @param shelterLocalDeg          Winstral Sx at the local scale, degrees [null: no lee zones]
 * @param shelterRegionalDeg       Winstral Sx at the regional scale, degrees [null: no blocking]
 * @param shelterBySector          cells sheltered (lee zone or mountain-blocked) per wind sector, tested
 *                                 against the sector each flux period comes from [null: none]
 * @param bedElevationM            DEM under the sand for the slip-face rule, m [null: flat]
 * @param assetCodes               asset class per cell, 0 = none, k = assetClassNames[k − 1] [null: none]
 * @param assetClassNames          names of the asset classes (e.g. farmland, settlement, road)
 * @param initialThicknessM        starting sand thickness, m [null: initialSandThicknessM on MOBILE_SAND, else 0]
 * @param interventions            measures applied [null: none]
 */
public record SandTransportInput(int width, int height, double cellSizeXM, double cellSizeYM, byte[] surfaceCodes,
                                 SurfaceClass[] surfaceLookup, FluxSeries potentialFlux,
                                 float[] vegetationCoverFraction, float[] roughnessLengthM, float[] shelterLocalDeg,
                                 float[] shelterRegionalDeg, ShelterMask shelterBySector, float[] bedElevationM, byte[] assetCodes,
                                 List<String> assetClassNames, float[] initialThicknessM, Interventions interventions) {

    public SandTransportInput {
        if (width < 1 || height < 1) throw new IllegalArgumentException("grid must be at least 1 x 1");
        if (!(cellSizeXM > 0 && cellSizeYM > 0)) throw new IllegalArgumentException("cell sizes must be > 0 m");
        int n = Math.multiplyExact(width, height);
        Objects.requireNonNull(surfaceLookup, "surfaceLookup");
        checkLength("surfaceCodes", Objects.requireNonNull(surfaceCodes, "surfaceCodes").length, n);
        Objects.requireNonNull(potentialFlux, "potentialFlux");
        if (potentialFlux.periods() < 1) throw new IllegalArgumentException("potentialFlux needs at least one field");
        checkLength("potentialFlux", potentialFlux.cellCount(), n);
        checkOptional("vegetationCoverFraction", vegetationCoverFraction, n);
        checkOptional("roughnessLengthM", roughnessLengthM, n);
        checkOptional("shelterLocalDeg", shelterLocalDeg, n);
        checkOptional("shelterRegionalDeg", shelterRegionalDeg, n);
        if (shelterBySector != null) checkLength("shelterBySector", shelterBySector.cellCount(), n);
        checkOptional("bedElevationM", bedElevationM, n);
        checkOptional("initialThicknessM", initialThicknessM, n);
        assetClassNames = assetClassNames == null ? List.of() : List.copyOf(assetClassNames);
        if (assetCodes != null) {
            checkLength("assetCodes", assetCodes.length, n);
            for (byte b : assetCodes) {
                int k = b & 0xFF;
                if (k > assetClassNames.size()) {
                    throw new IllegalArgumentException("asset code " + k + " has no name (" + assetClassNames.size() + " names given)");
                }
            }
        }
        if (interventions == null) interventions = Interventions.NONE;
        checkOptional("interventions.coverFloorFraction", interventions.coverFloorFraction(), n);
        checkOptional("interventions.roughnessFloorM", interventions.roughnessFloorM(), n);
        if (interventions.trapMask() != null) checkLength("interventions.trapMask", interventions.trapMask().length, n);
    }

    public int cellCount() {
        return width * height;
    }

    public double cellAreaM2() {
        return cellSizeXM * cellSizeYM;
    }

    /** The surface class of every cell, resolved through the lookup. */
    SurfaceClass[] resolveClasses() {
        SurfaceClass[] out = new SurfaceClass[cellCount()];
        for (int i = 0; i < out.length; i++) {
            int code = surfaceCodes[i] & 0xFF;
            SurfaceClass c = code < surfaceLookup.length ? surfaceLookup[code] : null;
            if (c == null) {
                throw new IllegalArgumentException("land-cover code " + code + " at cell " + (i % width) + "," + (i / width)
                        + " has no surface class; add it to the lookup");
            }
            out[i] = c;
        }
        return out;
    }

    private static void checkOptional(String name, float[] a, int n) {
        if (a != null) checkLength(name, a.length, n);
    }

    private static void checkLength(String name, int len, int n) {
        if (len != n) throw new IllegalArgumentException(name + " has " + len + " cells, the grid " + n);
    }

    public static Builder builder(int width, int height, double cellSizeXM, double cellSizeYM) {
        return new Builder(width, height, cellSizeXM, cellSizeYM);
    }

    /** Builder for the many optional layers. */
    public static final class Builder {
        private final int width;
        private final int height;
        private final double cellSizeXM;
        private final double cellSizeYM;
        private byte[] surfaceCodes;
        private SurfaceClass[] surfaceLookup;
        private FluxSeries potentialFlux;
        private float[] cover;
        private float[] roughness;
        private float[] shelterLocal;
        private float[] shelterRegional;
        private ShelterMask shelterBySector;
        private float[] bed;
        private byte[] assetCodes;
        private List<String> assetNames;
        private float[] initial;
        private Interventions interventions;

        Builder(int width, int height, double cellSizeXM, double cellSizeYM) {
            this.width = width;
            this.height = height;
            this.cellSizeXM = cellSizeXM;
            this.cellSizeYM = cellSizeYM;
        }

        public Builder surface(byte[] codes, SurfaceClass[] lookup) { surfaceCodes = codes; surfaceLookup = lookup; return this; }
        public Builder potentialFlux(List<FluxField> v) { potentialFlux = v == null ? null : FluxSeries.of(v); return this; }
        public Builder potentialFlux(FluxField v) { potentialFlux = FluxSeries.of(List.of(v)); return this; }
        public Builder potentialFlux(FluxSeries v) { potentialFlux = v; return this; }
        public Builder vegetationCoverFraction(float[] v) { cover = v; return this; }
        public Builder roughnessLengthM(float[] v) { roughness = v; return this; }
        public Builder shelterLocalDeg(float[] v) { shelterLocal = v; return this; }
        public Builder shelterRegionalDeg(float[] v) { shelterRegional = v; return this; }
        public Builder shelterBySector(ShelterMask v) { shelterBySector = v; return this; }
        public Builder bedElevationM(float[] v) { bed = v; return this; }
        public Builder assets(byte[] codes, List<String> names) { assetCodes = codes; assetNames = names; return this; }
        public Builder initialThicknessM(float[] v) { initial = v; return this; }
        public Builder interventions(Interventions v) { interventions = v; return this; }

        public SandTransportInput build() {
            return new SandTransportInput(width, height, cellSizeXM, cellSizeYM, surfaceCodes, surfaceLookup,
                    potentialFlux, cover, roughness, shelterLocal, shelterRegional, shelterBySector, bed, assetCodes, assetNames,
                    initial, interventions);
        }
    }
}
