package ers.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Where each value of a JSON text starts, as a tree of arrays that mirrors the document: a line
 * and column packed into one {@code long} per value. A file of two million values is indexed in
 * tens of megabytes; a map from each value's JSON Pointer to its location took half a gigabyte,
 * so a hostile file ran a small heap out of memory before its first problem could be told.
 */
final class Places {

    /** Returned by {@link #nearest} for a text that holds no value. */
    static final long NONE = -1;

    private final Node root;

    private Places(Node root) {
        this.root = root;
    }

    static Places of(JsonParser parser) throws IOException {
        Node root = null;
        Deque<Node> open = new ArrayDeque<>();
        String field = null;
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            if (token == JsonToken.FIELD_NAME) {
                field = parser.currentName();
            } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                open.pop();
            } else {
                long start = pack(parser.currentTokenLocation());
                boolean container = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
                Node child = container ? new Node(start, token == JsonToken.START_ARRAY) : null;
                if (open.isEmpty()) {
                    root = child != null ? child : new Node(start, true);
                } else {
                    open.peek().add(field, start, child);
                }
                if (child != null) {
                    open.push(child);
                }
            }
        }
        return new Places(root);
    }

    /**
     * Where the value at {@code pointer} starts, or, when the text has no such value, its nearest
     * ancestor that it has: a missing field is placed where its object starts. {@link #NONE} when
     * the text holds no value at all.
     */
    long nearest(String pointer) {
        if (root == null) {
            return NONE;
        }
        long at = root.start;
        Node node = root;
        int from = 1;
        while (node != null && from <= pointer.length()) {
            int end = pointer.indexOf('/', from);
            String step = pointer.substring(from, end < 0 ? pointer.length() : end);
            int i = node.find(step.replace("~1", "/").replace("~0", "~"));
            if (i < 0) {
                break;
            }
            at = node.starts[i];
            node = node.children == null || i >= node.children.length ? null : node.children[i];
            from = end < 0 ? pointer.length() + 1 : end + 1;
        }
        return at;
    }

    static int line(long place) {
        return (int) (place >>> 32);
    }

    static int column(long place) {
        return (int) place;
    }

    private static long pack(JsonLocation at) {
        return ((long) at.getLineNr() << 32) | (at.getColumnNr() & 0xFFFF_FFFFL);
    }

    /** An object or array: where each of its values starts, and the children that are themselves containers. */
    private static final class Node {
        private final long start;
        private final boolean array;
        private String[] names;
        private long[] starts = new long[4];
        private Node[] children;
        private int size;

        Node(long start, boolean array) {
            this.start = start;
            this.array = array;
            this.names = array ? null : new String[4];
        }

        void add(String name, long at, Node child) {
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                if (names != null) {
                    names = Arrays.copyOf(names, size * 2);
                }
            }
            if (child != null) {
                if (children == null) {
                    children = new Node[starts.length];
                } else if (children.length < starts.length) {
                    children = Arrays.copyOf(children, starts.length);
                }
                children[size] = child;
            }
            if (names != null) {
                names[size] = name;
            }
            starts[size++] = at;
        }

        /** The index of the value {@code step} names here; the last of a repeated field, as a map keeps it; or -1. */
        int find(String step) {
            if (array) {
                if (step.isEmpty() || step.length() > 9 || !step.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    return -1;
                }
                int i = Integer.parseInt(step);
                return i < size ? i : -1;
            }
            for (int i = size - 1; i >= 0; i--) {
                if (names[i].equals(step)) {
                    return i;
                }
            }
            return -1;
        }
    }
}
