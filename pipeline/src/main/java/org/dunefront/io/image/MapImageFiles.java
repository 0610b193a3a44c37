package org.dunefront.io.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.dunefront.error.DunefrontException;

/** PNG and PDF output of a rendered map. */
public final class MapImageFiles {
    private MapImageFiles() { }

    /** Writes {@code image} as PNG to {@code file} (temp name, then moved into place). */
    public static void writePng(BufferedImage image, Path file) {
        writeAtomically(file, out -> {
            if (!ImageIO.write(image, "png", out)) throw new IOException("no PNG writer available");
        });
    }

    /**
     * Writes {@code image} as a one-page PDF whose page size matches the image at {@code dpi}, with
     * a fixed document ID and no dates, so that identical images give identical files.
     */
    public static void writePdf(BufferedImage image, Path file, String title, double dpi) {
        writeAtomically(file, out -> {
            try (PDDocument doc = new PDDocument()) {
                float w = (float) (image.getWidth() * 72.0 / dpi), h = (float) (image.getHeight() * 72.0 / dpi);
                PDPage page = new PDPage(new PDRectangle(w, h));
                doc.addPage(page);
                PDImageXObject xo = LosslessFactory.createFromImage(doc, image);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(xo, 0, 0, w, h);
                }
                PDDocumentInformation info = new PDDocumentInformation();
                info.setTitle(title);
                info.setProducer("Dunefront");
                doc.setDocumentInformation(info);
                byte[] id = fingerprint(image);
                COSArray ids = new COSArray();
                ids.add(new COSString(id));
                ids.add(new COSString(id));
                doc.getDocument().getTrailer().setItem(COSName.ID, ids);
                doc.save(out);
            }
        });
    }


    private static byte[] fingerprint(BufferedImage image) {
        try {
            MessageDigest md = MessageDigest.getInstance("MD5");
            int[] row = new int[image.getWidth()];
            for (int y = 0; y < image.getHeight(); y++) {
                image.getRGB(0, y, image.getWidth(), 1, row, 0, image.getWidth());
                for (int v : row) {
                    md.update((byte) (v >> 16));
                    md.update((byte) (v >> 8));
                    md.update((byte) v);
                }
            }
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Temporary files are created owner-only; maps are shared outputs, so make them world-readable like the rasters. */
    private static void readableByAll(Path tmp) throws IOException {
        try {
            Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // non-POSIX file systems keep their default permissions
        }
    }

    @FunctionalInterface
    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static void writeAtomically(Path file, Body body) {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
            readableByAll(tmp);
            try (OutputStream out = Files.newOutputStream(tmp)) {
                body.write(out);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new DunefrontException(DunefrontException.EXIT_INPUT, file.toString(),
                    "cannot write the map image (" + e.getMessage() + ")",
                    "Check that the output directory exists, is writable and has free space, or choose another --out.", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the temporary file is hidden and named after the target
                }
            }
        }
    }
}
