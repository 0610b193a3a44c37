package org.dunefront.plan;

import java.util.Arrays;
import java.util.Optional;

/**
 * The restoration actions of the regional plan (science.md §9), each with a stable numeric code
 * (raster values, never reused), a kebab-case id (configuration, GeoPackage {@code action} field) and
 * display names.
 */
public enum RestorationAction {
    /** Shrubs (and straw checkerboards) fixing erodible sand that moves towards assets. */
    SHRUB_SAND_FIXATION(1, "shrub-sand-fixation", "Shrub sand fixation", "sand-fixing shrubs"),
    /** Salt-tolerant shrubs (Tamarix, Sophora alopecuroides) on saline-alkali land around farmland, wetlands, lakes. */
    SHRUB_SALINE(2, "shrub-saline", "Saline-alkali shrubs", "saline-alkali shrubs"),
    /** Shrub barriers on windward slopes near settlements; straw checkerboards on leeward slopes where sand accumulates. */
    MOUNTAIN_BARRIER(3, "mountain-barrier", "Mountain barrier", "mountain barriers"),
    /** Replacing monoculture shelterbelts / plantation forest with mixed planting. */
    MIXED_PLANTING(4, "mixed-planting", "Mixed planting", "mixed planting in shelterbelts"),
    /** Restoring channelized seasonal river reaches through farmland, with a floodplain buffer. */
    DE_CHANNELIZATION(5, "de-channelization", "De-channelization", "seasonal-river de-channelization");

    private final int code;
    private final String id;
    private final String displayName;
    private final String phaseNoun;

    RestorationAction(int code, String id, String displayName, String phaseNoun) {
        this.code = code;
        this.id = id;
        this.displayName = displayName;
        this.phaseNoun = phaseNoun;
    }

    /** Stable numeric code 1..5 (the action-plan raster stores 10·phase + code). */
    public int code() { return code; }

    /** Stable kebab-case id, e.g. {@code shrub-sand-fixation}. */
    public String id() { return id; }

    /** Human name, e.g. "Shrub sand fixation". */
    public String displayName() { return displayName; }

    /** Lower-case noun phrase used in phase labels, e.g. "saline-alkali shrubs". */
    public String phaseNoun() { return phaseNoun; }

    public static Optional<RestorationAction> ofCode(int code) {
        return Arrays.stream(values()).filter(a -> a.code == code).findFirst();
    }

    public static Optional<RestorationAction> ofId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }
}
