package ers.portfolio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ers.json.JsonConfig;

/** A portfolio as format 1 wrote it, for tests of reading and upgrading old files. */
public final class FormatOne {

    private FormatOne() {
    }

    /**
     * Each unit's rows in full under {@code evidence}, under the ids its seals know, with no
     * evidence list of the portfolio.
     */
    public static ObjectNode of(Portfolio portfolio) {
        ObjectNode tree = JsonConfig.mapper().valueToTree(portfolio);
        tree.put("formatVersion", 1);
        JsonNode items = tree.remove("evidence");
        for (JsonNode unit : tree.withArray("units")) {
            ArrayNode rows = ((ObjectNode) unit).putArray("evidence");
            for (JsonNode entry : ((ObjectNode) unit).remove("sheet")) {
                for (JsonNode item : items) {
                    if (item.path("id").asText().equals(entry.path("evidence").asText())) {
                        ObjectNode row = item.deepCopy();
                        row.put("id", entry.path("rowId").asText(entry.path("evidence").asText()));
                        row.set("criteria", entry.path("criteria"));
                        rows.add(row);
                    }
                }
            }
        }
        return tree;
    }

    public static byte[] bytes(JsonNode tree) throws Exception {
        return JsonConfig.mapper().writeValueAsBytes(tree);
    }
}
