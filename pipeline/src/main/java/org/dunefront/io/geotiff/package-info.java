/**
 * GeoTIFF reading and writing in Java; Deflate tiles go through libdeflate by a small JNI shim
 * ({@code NativeDeflate}, {@code pipeline/src/main/c}, built by Maven): always when writing (so the
 * bytes are the same on every machine), when loaded when reading (else java.util.zip, same samples).
 * See docs/geotiff-codec.md.
 *
 * <p>Public surface: {@link org.dunefront.io.geotiff.GeoTiffReader#open(java.nio.file.Path)} (and the
 * writer's entry class). Everything else is package-private, following the layout of Apache SIS's
 * GeoTIFF store: the IFD parser ({@code IfdReader}, {@code Ifd}, {@code TiffField}), the image layout
 * ({@code ImageLayout}), codecs ({@code LzwDecoder}, {@code PackBitsDecoder}, {@code Predictors}),
 * block decoding and caching ({@code BlockDecoder}, {@code BlockCache}), georeferencing
 * ({@code GeoReferencing}, {@code GeoKeyDirectory}, {@code GeoKeyCrsDecoder}) and GDAL metadata
 * ({@code GdalMetadataXml}, {@code PamSidecar}).
 *
 * <p>Reading: the first full-resolution image of the file is exposed as a
 * {@link org.dunefront.grid.RasterSource}. Strips or tiles are read with positional
 * {@link java.nio.channels.FileChannel} reads, decoded on demand (only those a window touches) and
 * kept in a small LRU cache bounded in bytes, so files larger than the heap stream tile by tile. A read
 * needing several uncached blocks decodes them on all processors ({@code DecodePool}, one shared pool);
 * each block fills its own cells, so results never depend on it.
 * Unsupported encodings (JPEG, WEBP, ZSTD, LERC, JPEG-XL, complex samples) and corrupt files are
 * refused with an {@link org.dunefront.error.InputDataException} naming the file, the problem and the
 * fix (usually {@code --io gdal}).
 *
 * <p>Writing: {@link org.dunefront.io.geotiff.GeoTiffWriter} with {@link org.dunefront.io.geotiff.GeoTiffWriteOptions}
 * returns a {@link org.dunefront.grid.RasterSink} ({@code TiledTiffSink}) that cuts blocks into tiles
 * ({@code TileBytes}), encodes them on a thread pool ({@code TilePredictor}, {@code LzwEncoder},
 * {@code TileCodec}) and lays them out strictly in tile order ({@code TileOrderedOutput}) so the bytes
 * never depend on write order or thread count; tags, GeoKeys and GDAL metadata are built by
 * {@code TiffDirectory}, {@code GeoKeyEncoder}, {@code EpsgKinds} and {@code GdalMetadataXml}.
 * Sinks accept {@code write()} from several threads. See docs/geotiff-writer.md.
 *
 * <p>Dependencies: {@code org.dunefront.grid}, {@code org.dunefront.error}, Apache SIS referencing
 * (to build and identify CRSs from GeoKeys), the JDK (java.util.zip, javax.xml) and Debian's
 * libdeflate (through {@code libdunefront-deflate.so}; required to write Deflate, optional to read).
 *
 * <p>Thread safety: sources returned by the reader may be read from several threads at once.
 */
package org.dunefront.io.geotiff;
