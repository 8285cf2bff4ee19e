package ers.portfolio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a format 1 file, which kept evidence rows per unit, into format 2's shape, which keeps each
 * item once for the portfolio. Nothing a seal covers changes: every row becomes an item of its own
 * (rows that repeat a reference across units stay separate items, so no signature is voided) and
 * keeps its id on its sheet; where two units' rows shared an id, the later item gets a new id and
 * its row keeps the old one as {@code rowId}.
 */
final class FormatUpgrade {

    /** The field names of a format 1 row that belong to the item rather than to the sheet. */
    private static final List<String> ITEM_FIELDS = List.of("id", "reference", "title", "methods", "date",
            "location", "notes");
    private static final int ID_LENGTH = 64;

    private FormatUpgrade() {
    }

    /** A format 2 tree of the same portfolio; {@code v1} is not changed. */
    static ObjectNode toVersion2(JsonNode v1) {
        ObjectNode out = v1.deepCopy();
        ArrayNode library = out.arrayNode();
        Set<String> ids = new HashSet<>();
        for (JsonNode unit : out.withArray("units")) {
            ObjectNode u = (ObjectNode) unit;
            ArrayNode sheet = u.arrayNode();
            for (JsonNode row : u.path("evidence")) {
                String rowId = row.path("id").asText();
                String itemId = unique(rowId, ids);
                ObjectNode item = library.addObject();
                for (String field : ITEM_FIELDS) {
                    if (row.has(field)) {
                        item.set(field, row.get(field));
                    }
                }
                item.put("id", itemId);
                ObjectNode entry = sheet.addObject();
                entry.put("evidence", itemId);
                entry.set("criteria", row.path("criteria"));
                if (!itemId.equals(rowId)) {
                    entry.put("rowId", rowId);
                }
            }
            u.remove("evidence");
            u.set("sheet", sheet);
        }
        // The evidence list goes before the units, where format 2 writes it.
        JsonNode units = out.remove("units");
        out.set("evidence", library);
        out.set("units", units);
        return out;
    }

    private static String unique(String id, Set<String> taken) {
        String candidate = id;
        for (int n = 2; !taken.add(candidate); n++) {
            String suffix = "-" + n;
            candidate = id.substring(0, Math.min(id.length(), ID_LENGTH - suffix.length())) + suffix;
        }
        return candidate;
    }
}
