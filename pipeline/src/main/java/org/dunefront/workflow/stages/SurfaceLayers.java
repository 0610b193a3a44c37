package org.dunefront.workflow.stages;

import java.util.ArrayList;
import java.util.List;
import org.dunefront.legend.LandCoverClass;
import org.dunefront.legend.LandCoverFlag;
import org.dunefront.legend.Legend;
import org.dunefront.legend.SurfaceType;
import org.dunefront.transport.SurfaceClass;

/**
 * What the transport model needs from the legend, per cell of {@code ingest/landcover.tif}:
 * <ul>
 * <li>surface class: legend {@code surface} ERODIBLE with the {@code mobileSand} flag → MOBILE_SAND, other
 *     ERODIBLE → ERODIBLE, NON_ERODIBLE, SINK, ASSET_TRAP unchanged; the nodata code (outside the AOI) →
 *     NON_ERODIBLE (sand passes, none is supplied, the flux there is 0 so arriving sand stays);</li>
 * <li>vegetation cover fraction and roughness length z0 of the class (nodata: 0 and the reference z0);</li>
 * <li>asset classes: every legend class with {@code assetValue} &gt; 0, in legend-code order (asset code k = the
 *     k-th of them), named by class id.</li>
 * </ul>
 */
record SurfaceLayers(SurfaceClass[] lookup, float[] cover, float[] roughnessM, byte[] assetCodes,
                     List<String> assetNames, List<Boolean> assetIsFarmland) {

    static SurfaceLayers of(Legend legend, byte[] codes, double referenceRoughnessM) {
        SurfaceClass[] lookup = new SurfaceClass[256];
        double[] cov = new double[256], z0 = new double[256];
        int[] asset = new int[256];
        java.util.Arrays.fill(lookup, SurfaceClass.NON_ERODIBLE);
        java.util.Arrays.fill(z0, referenceRoughnessM);
        List<String> names = new ArrayList<>();
        List<Boolean> farmland = new ArrayList<>();
        for (LandCoverClass c : legend.classes().stream().sorted(java.util.Comparator.comparingInt(LandCoverClass::code)).toList()) {
            lookup[c.code()] = surface(c);
            cov[c.code()] = c.vegetationCover();
            z0[c.code()] = c.roughnessLengthM();
            if (c.assetValue() > 0) {
                names.add(c.id());
                farmland.add(c.has(LandCoverFlag.FARMLAND));
                asset[c.code()] = names.size();
            }
        }
        int nd = legend.noDataCode();
        if (nd >= 0 && nd < 256) {
            lookup[nd] = SurfaceClass.NON_ERODIBLE;
            cov[nd] = 0;
            z0[nd] = referenceRoughnessM;
            asset[nd] = 0;
        }
        float[] cover = new float[codes.length], rough = new float[codes.length];
        byte[] assets = new byte[codes.length];
        for (int i = 0; i < codes.length; i++) {
            int k = codes[i] & 0xFF;
            cover[i] = (float) cov[k];
            rough[i] = (float) z0[k];
            assets[i] = (byte) asset[k];
        }
        return new SurfaceLayers(lookup, cover, rough, assets, List.copyOf(names), List.copyOf(farmland));
    }

    static SurfaceClass surface(LandCoverClass c) {
        if (c.surface() == SurfaceType.ERODIBLE) return c.has(LandCoverFlag.MOBILE_SAND) ? SurfaceClass.MOBILE_SAND : SurfaceClass.ERODIBLE;
        return SurfaceClass.valueOf(c.surface().name());
    }
}
