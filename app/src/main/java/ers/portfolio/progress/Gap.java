package ers.portfolio.progress;

import java.util.List;

/**
 * One criterion of a unit and the evidence that covers it; a gap when none does.
 *
 * @param references the references of the rows that cover it, in sheet order
 */
public record Gap(String criterion, String text, List<String> references) {

    public Gap {
        references = List.copyOf(references);
    }

    public boolean covered() {
        return !references.isEmpty();
    }
}
