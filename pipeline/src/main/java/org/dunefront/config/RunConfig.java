package org.dunefront.config;

/** Execution settings (they never change results: outputs are identical whatever these are). */
public record RunConfig(
        @Param(description = "Worker threads; 0 = all processors", min = 0, max = 512, defaultValue = "0") int threads,
        @Param(description = "Tile size of tiled processing", unit = "cells", min = 16, max = 16384,
                defaultValue = "512") int tileSize,
        @Param(description = "Raster I/O backend", defaultValue = "AUTO") IoChoice io) {
}
