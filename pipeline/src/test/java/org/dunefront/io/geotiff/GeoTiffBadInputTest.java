package org.dunefront.io.geotiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.dunefront.error.DunefrontException;
import org.dunefront.error.InputDataException;
import org.dunefront.grid.RasterSource;
import org.dunefront.testkit.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gives an {@link InputDataException} (exit code 3) naming the file, the problem and a fix. */
class GeoTiffBadInputTest {
    @TempDir
    Path tmp;

    private static InputDataException refuse(Path file) {
        InputDataException e = assertThrows(InputDataException.class, () -> {
            try (RasterSource s = GeoTiffReader.open(file)) {
                for (int b = 0; b < s.bandCount(); b++) s.read(b, s.grid().extent());
            }
        });
        assertEquals(DunefrontException.EXIT_INPUT, e.exitCode());
        assertEquals(file.toString(), e.subject());
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertTrue(!e.fix().isEmpty(), "a fix is suggested");
        return e;
    }

    @Test
    void truncatedCopyOfARealFile() throws Exception {
        byte[] full = Files.readAllBytes(RealData.file("dem/zion_srtm_wgs84.tif"));
        Path f = tmp.resolve("truncated.tif");
        Files.write(f, Arrays.copyOf(full, full.length / 2));
        InputDataException e = refuse(f);
        assertTrue(e.problem().contains("truncated"), e.getMessage());
    }

    @Test
    void corruptedBlockData() throws Exception {
        byte[] bytes = Files.readAllBytes(RealData.file("encodings/derived/zion_int16_deflate_pred2_tiled256.tif"));
        // overwrite the last 40 % of the file (tile data) with garbage, keeping its length
        for (int i = bytes.length * 6 / 10; i < bytes.length; i++) bytes[i] = (byte) (i * 31);
        Path f = tmp.resolve("garbled.tif");
        Files.write(f, bytes);
        InputDataException e = refuse(f);
        assertTrue(e.problem().contains("corrupt"), e.getMessage());
    }

    @Test
    void textFileNamedTif() throws Exception {
        Path f = tmp.resolve("notes.tif");
        Files.writeString(f, "elevation,x,y\n1200,1,2\n");
        InputDataException e = refuse(f);
        assertTrue(e.problem().contains("not a TIFF"), e.getMessage());
        assertTrue(e.fix().contains("--io gdal"), e.getMessage());
    }

    @Test
    void zippedSrtmTile() {
        InputDataException e = refuse(RealData.file("dem/N10W110.hgt.zip"));
        assertTrue(e.problem().contains("not a TIFF"), e.getMessage());
    }

    @Test
    void emptyAndMissingFiles() throws Exception {
        Path empty = tmp.resolve("empty.tif");
        Files.write(empty, new byte[0]);
        assertTrue(refuse(empty).problem().contains("not a TIFF"));
        assertTrue(refuse(tmp.resolve("missing.tif")).problem().contains("does not exist"));
    }

    @Test
    void bigTiffWithBadIfdOffset() throws Exception {
        byte[] header = {'I', 'I', 43, 0, 8, 0, 0, 0, (byte) 0xFF, 0x7F, 0, 0, 0, 0, 0, 0};
        Path f = tmp.resolve("badifd.tif");
        Files.write(f, header);
        assertTrue(refuse(f).problem().contains("outside the file"));
    }
}
