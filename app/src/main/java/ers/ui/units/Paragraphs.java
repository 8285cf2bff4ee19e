package ers.ui.units;

import java.util.List;

/** Text the form shows one paragraph per line: blank lines and the spaces around each line do not count. */
final class Paragraphs {

    private Paragraphs() {
    }

    static List<String> of(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    static String text(List<String> paragraphs) {
        return String.join("\n", paragraphs);
    }
}
