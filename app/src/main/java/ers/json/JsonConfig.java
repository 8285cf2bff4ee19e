package ers.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one place that configures Jackson for every file the application reads or writes.
 * Strict on input (unknown fields, nulls for primitives and trailing tokens are errors), with
 * no default typing, and with limits so that a hostile file cannot exhaust memory or stack.
 */
public final class JsonConfig {

    /** Deeper than any real spec or portfolio (about 8 levels) but far from a stack overflow. */
    public static final int MAX_NESTING = 64;
    /** A single string longer than this (an evidence title, a stroke list) is not a real one. */
    public static final int MAX_STRING = 4 * 1024 * 1024;
    /**
     * A heavy real portfolio (30 units, 100 rows each, every line signed with a drawn signature)
     * is under a million tokens; the limit keeps a file of millions of tiny values ({@code [{},{},...]})
     * from filling the memory with nodes while it is read.
     */
    public static final long MAX_TOKENS = 2_000_000;

    /**
     * More fields than any object of the formats has (a seal's parts, one per evidence row, are
     * the most, at 10,100); checked while streaming, before a tree or a schema check sees them.
     */
    public static final int MAX_FIELDS = 20_000;

    private static final ObjectMapper MAPPER = build();

    private JsonConfig() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper build() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING)
                        .maxStringLength(MAX_STRING)
                        .maxNumberLength(64)
                        .maxTokenCount(MAX_TOKENS)
                        .build())
                .build();
        return JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }
}
