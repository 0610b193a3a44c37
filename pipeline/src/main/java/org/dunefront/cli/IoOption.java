package org.dunefront.cli;

import org.dunefront.io.IoBackend;
import org.dunefront.io.RasterIO;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * Reusable {@code --io auto|java|gdal} option; commands include it with
 * {@code @Mixin IoOption io;} and pass {@link #backend()} to {@link RasterIO}.
 */
public final class IoOption {

    @Option(names = "--io", paramLabel = "auto|java|gdal", defaultValue = "auto", converter = BackendConverter.class,
            description = "Raster/vector I/O backend: java (embedded GeoTIFF code), gdal (GDAL's Java bindings, "
                    + "install with scripts/setup-gdal.sh) or auto (gdal when installed, else java). Default: ${DEFAULT-VALUE}.")
    IoBackend backend = IoBackend.AUTO;

    /** The backend the user asked for (AUTO unless given). */
    public IoBackend backend() {
        return backend;
    }

    /** The run-log line, e.g. "I/O backend: gdal (GDAL 3.6.2)". */
    public String logLine() {
        return "I/O backend: " + RasterIO.describe(backend);
    }

    /** Case-insensitive parsing of the backend name. */
    static final class BackendConverter implements ITypeConverter<IoBackend> {
        @Override
        public IoBackend convert(String value) {
            return IoBackend.parse(value);
        }
    }
}
