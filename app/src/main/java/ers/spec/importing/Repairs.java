package ers.spec.importing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What the importer changed while reading (the unit's transcription notes) and what it could not read. */
final class Repairs {

    private final Set<String> notes = new LinkedHashSet<>();
    private final List<String> unreadable = new ArrayList<>();

    void note(String sentence) {
        notes.add(sentence);
    }

    /** A value printed in a form that cannot be read: it is left for the user, never guessed. */
    void unreadable(String what, String printed, String why) {
        unreadable.add(what + " (printed \"" + printed + "\", which cannot be read: " + why + ")");
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    List<String> unreadable() {
        return List.copyOf(unreadable);
    }
}
