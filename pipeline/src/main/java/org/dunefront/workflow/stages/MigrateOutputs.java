package org.dunefront.workflow.stages;

/**
 * File names the migrate stage writes (the contract the rank, plan and render stages read). The model results
 * (thickness, net change, arrival years, front advance, celerity) are on the model grid ({@link ModelLayers#modelGrid}:
 * the study grid when {@code migrate.modelCellSizeM} is the study cell), the annual capacity on the study grid.
 */
final class MigrateOutputs {
    private MigrateOutputs() { }

    /** Sand thickness after {@code years} years, m. */
    static String thickness(int years) {
        return "thickness_" + years + "y.tif";
    }

    /** Final minus initial thickness, m (+ deposition, − erosion). */
    static final String NET_CHANGE = "net_change.tif";
    /** Years until sand first exceeded the arrival threshold, on asset cells only (NaN elsewhere and where never reached). */
    static final String FIRST_ARRIVAL = "first_arrival_year.tif";
    /** Years until sand first exceeded the arrival threshold on every cell (0 = sand at the start; isochrones of the front). */
    static final String ARRIVAL = "arrival_year.tif";
    /** Distance to the initial sand / first-arrival time on reached cells, m/yr. */
    static final String FRONT_ADVANCE = "front_advance_m_per_yr.tif";
    /** Dune celerity c = |q| / (ρb H) on mobile-sand cells, m/yr. */
    static final String CELERITY = "dune_celerity_m_per_yr.tif";
    /**
     * Annual-mean transport capacity east / north, m³ m⁻¹ yr⁻¹ (potential flux of the drift stage reduced by
     * surface, vegetation, roughness and shelter; zero in sinks, traps, lee zones). This is the sand-flux field
     * the rank stage routes downwind: the transport model does not record the realised flux per cell.
     */
    static final String CAPACITY_QX = "annual_capacity_qx.tif";
    static final String CAPACITY_QY = "annual_capacity_qy.tif";
    /** asset_class,year,volume_m3 (sand flowing into cells of each asset class per year). */
    static final String ASSETS_CSV = "asset_sand_per_year.csv";
    /** year,front_cells,advanced_cells,median_advance_m,p90_advance_m,median_rate_m_per_yr,p90_rate_m_per_yr. */
    static final String FRONT_CSV = "front_by_year.csv";
    /** Headline numbers, mass budget, asset exposure (hectares reached within 10/20/30 years). */
    static final String SUMMARY = "migrate_summary.json";
}
