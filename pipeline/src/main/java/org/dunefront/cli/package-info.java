/**
 * The {@code dunefront} command line (picocli): one thin class per command that parses
 * arguments, builds a context and calls the workflow or an I/O facade; no algorithm lives here.
 * Maps {@link org.dunefront.error.DunefrontException}s to exit codes and renders progress.
 *
 * <p>Dependencies: may depend on every other Dunefront package; nothing depends on it.
 */
package org.dunefront.cli;
