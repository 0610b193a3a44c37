/** Shared test builders and independent oracles (GDAL's command-line tools, the real-data folder). */
package org.dunefront.testkit;
