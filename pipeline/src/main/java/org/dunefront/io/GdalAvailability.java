package org.dunefront.io;

/**
 * Whether the GDAL backend can be used in this JVM, and why not.
 *
 * @param available true when GDAL's Java bindings and native library loaded
 * @param version   GDAL's release name when available, else empty
 * @param reason    why it is unavailable (empty when available)
 */
public record GdalAvailability(boolean available, String version, String reason) {

    /** The command that installs GDAL's Java bindings; quoted in every "GDAL missing" message. */
    public static final String SETUP_COMMAND = "scripts/setup-gdal.sh";

    static GdalAvailability ok(String version) {
        return new GdalAvailability(true, version, "");
    }

    static GdalAvailability missing(String reason) {
        return new GdalAvailability(false, "", reason);
    }

    /** How to get GDAL working, for error messages. */
    public static String howToInstall() {
        return "Install GDAL's Java bindings with `sudo " + SETUP_COMMAND + "` (builds them from Debian's GDAL "
                + "source for the installed libgdal), rebuild with `scripts/build.sh` and start Dunefront with "
                + "`scripts/dunefront` (it puts ~/.dunefront/gdal/lib on java.library.path); or use --io java";
    }
}
