package org.dunefront.ranking;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One ranking criterion.
 *
 * @param id          stable kebab-case id used in configuration and output fields (e.g. {@code protective-value})
 * @param direction   benefit or cost
 * @param unit        unit of the raw values (e.g. {@code m3/yr}, {@code m}, {@code CNY/ha}, {@code deg})
 * @param description one-line human description
 */
public record Criterion(String id, CriterionDirection direction, String unit, String description) {
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Criterion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(direction, "direction");
        if (!KEBAB.matcher(id).matches()) throw new IllegalArgumentException("criterion id must be kebab-case: " + id);
        unit = unit == null ? "" : unit;
        description = description == null ? "" : description;
    }

    /** Sand flux intercepted that would otherwise reach assets, weighted by asset value and travel (benefit). */
    public static final Criterion PROTECTIVE_VALUE = new Criterion("protective-value", CriterionDirection.BENEFIT,
            "m3/yr", "asset-value- and travel-weighted sand intercepted that would otherwise reach assets");
    /** Mean slope of the patch (cost: steep ground is harder to plant). */
    public static final Criterion SLOPE = new Criterion("slope", CriterionDirection.COST, "deg", "mean slope");
    /** Mean distance to water (cost: irrigation/establishment is harder far from water). */
    public static final Criterion DISTANCE_TO_WATER = new Criterion("distance-to-water", CriterionDirection.COST,
            "m", "mean distance to the nearest water or river cell");
    /** Mean distance to roads (cost: access). */
    public static final Criterion DISTANCE_TO_ROADS = new Criterion("distance-to-roads", CriterionDirection.COST,
            "m", "mean distance to the nearest road cell");
    /** Recharge potential of river reaches: floodplain flatness and adjacency to farmland (benefit). */
    public static final Criterion RECHARGE_POTENTIAL = new Criterion("recharge-potential", CriterionDirection.BENEFIT,
            "1", "floodplain flatness × share of the patch next to farmland (0..1)");
    /** Cost per hectare of the patch's action (cost). */
    public static final Criterion COST_PER_HA = new Criterion("cost-per-ha", CriterionDirection.COST,
            "CNY/ha", "cost per hectare of the action");
}
