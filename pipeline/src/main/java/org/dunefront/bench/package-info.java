/**
 * Benchmark entry points run by {@code scripts/bench.sh} (not part of the command-line tool and
 * not tests): small {@code main} classes that time Dunefront's I/O and operations on generated
 * inputs so that the script can compare them with GDAL's tools doing the same work.
 *
 * <p>Dependencies: {@code grid}, {@code io}, {@code error}. Not used by any other package.
 */
package org.dunefront.bench;
