package org.dunefront.workflow.stages;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** JSON summaries of the drift and migrate stages: indented, NaN → null, numbers to 6 significant digits. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() { }

    static void put(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) o.put(key, round(v));
        else o.putNull(key);
    }

    /** {@code v} to 6 significant digits (stable text, no false precision). */
    static double round(double v) {
        if (!Double.isFinite(v) || v == 0) return v;
        return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).doubleValue();
    }

    /** Writes to a temporary name next to {@code file}, then moves it into place. */
    static void write(Path file, ObjectNode node) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, MAPPER.writeValueAsBytes(node));
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
