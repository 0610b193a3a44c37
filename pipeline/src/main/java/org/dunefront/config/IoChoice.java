package org.dunefront.config;

/** Which raster I/O backend to use: the pure-Java GeoTIFF codec, GDAL, or GDAL when available. */
public enum IoChoice { AUTO, JAVA, GDAL }
