package ers.ui.units;

import ers.spec.SpecSection;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A section after the outcomes table as the form edits it: its kind, its printed heading, and its
 * text one paragraph (or list item, or table row) per line.
 */
final class DraftSection {

    final ObjectProperty<SpecSection.Kind> kind = new SimpleObjectProperty<>(SpecSection.Kind.ADDITIONAL_INFORMATION);
    final StringProperty heading = new SimpleStringProperty("");
    final StringProperty text = new SimpleStringProperty("");

    DraftSection(SpecSection.Kind kind, String heading, String text) {
        this.kind.set(kind);
        this.heading.set(heading);
        this.text.set(text);
    }

    static DraftSection of(SpecSection section) {
        return new DraftSection(section.kind(), section.heading(), String.join("\n", section.paragraphs()));
    }

    SpecSection toSection() {
        return new SpecSection(kind.get(), heading.get().strip(), Paragraphs.of(text.get()));
    }

    /** What the form's list of sections observes, so a change of heading shows at once. */
    Observable[] parts() {
        return new Observable[] {kind, heading, text};
    }

    /** The kind in words, as the section list and its choice box show it. */
    static String describe(SpecSection.Kind kind) {
        return switch (kind) {
            case ASSESSMENT -> "Assessment";
            case EVIDENCE_REQUIREMENTS -> "Evidence requirements";
            case ASSESSMENT_GUIDANCE -> "Guidance on assessment and evidence";
            case NOS_MAPPING -> "National Occupational Standards mapping";
            case FUNCTIONAL_SKILLS -> "Functional skills signposting";
            case RESOURCES -> "Resources";
            case ADDITIONAL_INFORMATION -> "Additional information";
        };
    }
}
