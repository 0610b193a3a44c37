/**
 * Dunefront's configuration: one YAML file (e.g. {@code plan.yaml}) bound to typed, validated
 * section records ({@link org.dunefront.config.StudyConfig}, {@link org.dunefront.config.DriftConfig},
 * ...). Each parameter's description, unit, default and valid range live in one place, the
 * {@link org.dunefront.config.Param} annotation on its record component, which drives validation,
 * {@code --set key=value} overrides, error messages and the commented template.
 *
 * <p>Dependencies: the JDK, Jackson (YAML parsing) and {@code org.dunefront.error}. No file is
 * read except the configuration itself. All types are immutable and thread-safe.
 */
package org.dunefront.config;
