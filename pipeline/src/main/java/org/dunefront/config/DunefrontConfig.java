package org.dunefront.config;

/**
 * The whole configuration of a Dunefront run: one YAML file with one section per component.
 * Build it with {@link ConfigLoader}; {@link ConfigSchema} lists every parameter.
 */
public record DunefrontConfig(
        @Section(description = "Study area: input files, analysis grid, legend") StudyConfig study,
        @Section(description = "Sand drift: wind regime, threshold, transport law, vegetation, shelter") DriftConfig drift,
        @Section(description = "Dune migration: sand mass balance over the horizon") MigrateConfig migrate,
        @Section(description = "Priority patches and ranking criteria") RankConfig rank,
        @Section(description = "Phased action plan and budgets") PlanConfig plan,
        @Section(description = "Map products") RenderConfig render,
        @Section(description = "Encoding of the stages' GeoTIFF outputs (file size vs. write time); never changes cells") OutputConfig output,
        @Section(description = "Execution (threads, tiles, I/O backend); never changes results") RunConfig run) {

    /** The configuration with every parameter at its default (the sample basin). */
    public static DunefrontConfig defaults() {
        return ConfigLoader.defaults();
    }
}
