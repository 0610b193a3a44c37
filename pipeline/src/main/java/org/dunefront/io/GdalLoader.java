package org.dunefront.io;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds and loads the GDAL backend without a compile-time reference to it: the implementation
 * class is looked up by name, the JNI library {@code libgdalalljni} on {@code java.library.path}
 * (or at the path of system property {@value #LIBRARY_PROPERTY}). A successful load is cached for the
 * JVM's lifetime (a native library cannot be unloaded); failures are re-probed so that a test can
 * point the loader at a missing library.
 */
final class GdalLoader {
    /** System property: absolute path of libgdalalljni.so to use instead of searching java.library.path. */
    static final String LIBRARY_PROPERTY = "dunefront.gdal.library";
    static final String PROVIDER_CLASS = "org.dunefront.io.gdal.GdalBackendProvider";
    private static final String LIBRARY_NAME = "gdalalljni";

    private static volatile Probe loaded;

    private GdalLoader() { }

    /** The loaded backend, or null (the reason is in {@link #status()}). */
    static GdalBackend backend() {
        return current().backend;
    }

    static GdalAvailability status() {
        return current().status;
    }

    private static synchronized Probe current() {
        String override = System.getProperty(LIBRARY_PROPERTY);
        if (override == null && loaded != null) return loaded;
        Probe p = probe(override);
        if (p.backend != null && override == null) loaded = p;
        return p;
    }

    private record Probe(GdalBackend backend, GdalAvailability status) { }

    private static Probe probe(String override) {
        Class<?> provider;
        try {
            provider = Class.forName(PROVIDER_CLASS);
        } catch (ClassNotFoundException | LinkageError e) {
            return fail("this build of Dunefront does not contain the GDAL backend (GDAL's Java bindings were not "
                    + "installed when it was built, so Maven's 'gdal' profile was off)");
        }
        String fileName = System.mapLibraryName(LIBRARY_NAME);
        List<String> searchPath = libraryPath();
        Path library;
        if (override != null) {
            library = Path.of(override).toAbsolutePath();
            if (!Files.isRegularFile(library)) {
                return fail("the GDAL JNI library " + library + " (system property " + LIBRARY_PROPERTY + ") does not exist");
            }
            if (!searchPath.contains(library.getParent().toString())) {
                return fail("the GDAL JNI library " + library + " is not in a java.library.path directory ("
                        + String.join(File.pathSeparator, searchPath) + "), where GDAL's bindings look for it");
            }
        } else {
            library = searchPath.stream().map(d -> Path.of(d, fileName)).filter(Files::isRegularFile).findFirst().orElse(null);
            if (library == null) {
                return fail("the GDAL JNI library " + fileName + " is not in any java.library.path directory ("
                        + (searchPath.isEmpty() ? "none set" : String.join(File.pathSeparator, searchPath)) + ")");
            }
        }
        try {
            System.load(library.toString());
        } catch (UnsatisfiedLinkError e) {
            return fail("the GDAL JNI library " + library + " does not load (" + e.getMessage()
                    + "); libgdal may be missing or of another version than the bindings were built for");
        }
        try {
            GdalBackend b = (GdalBackend) provider.getConstructor().newInstance();
            return new Probe(b, GdalAvailability.ok(b.version()));
        } catch (InvocationTargetException e) {
            return fail("GDAL failed to initialise: " + e.getCause());
        } catch (ReflectiveOperationException | LinkageError e) {
            return fail("GDAL failed to initialise: " + e);
        }
    }

    private static Probe fail(String reason) {
        return new Probe(null, GdalAvailability.missing(reason));
    }

    private static List<String> libraryPath() {
        List<String> dirs = new ArrayList<>();
        String p = System.getProperty("java.library.path", "");
        for (String d : p.split(File.pathSeparator)) {
            if (!d.isBlank()) dirs.add(Path.of(d).toAbsolutePath().normalize().toString());
        }
        return dirs;
    }
}
