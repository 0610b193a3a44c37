package org.dunefront.transport;

/**
 * Restoration measures applied in a run, one value per cell (row-major); any array may be null.
 *
 * @param coverFloorFraction vegetation cover the measure establishes (effective cover = max(cover, floor)), 0–1
 * @param roughnessFloorM    roughness length the measure establishes, m (effective z0 = max(z0, floor));
 *                           acts through the Marticorena &amp; Bergametti (1995) drag partition
 * @param trapMask           cells that trap all arriving sand (straw checkerboards, fences): capacity 0
 */
public record Interventions(float[] coverFloorFraction, float[] roughnessFloorM, boolean[] trapMask) {
    public static final Interventions NONE = new Interventions(null, null, null);
}
