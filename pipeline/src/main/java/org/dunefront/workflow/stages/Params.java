package org.dunefront.workflow.stages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dunefront.config.ConfigYaml;

/** Builds a stage's parameter JSON from named configuration sections. */
final class Params {
    private Params() { }

    static JsonNode of(Object... nameSectionPairs) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < nameSectionPairs.length; i += 2) {
            o.set((String) nameSectionPairs[i], ConfigYaml.toTree((Record) nameSectionPairs[i + 1]));
        }
        return o;
    }
}
