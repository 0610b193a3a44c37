/**
 * Exceptions that carry what an analyst needs to fix a problem: the file or key concerned, the
 * problem, the fix, and the process exit code the CLI maps them to (2 usage/configuration,
 * 3 input data, 4 cancelled, 5 out of memory, 1 internal).
 *
 * <p>Dependencies: the JDK only; every other package may use these types.
 */
package org.dunefront.error;
