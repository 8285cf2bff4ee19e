package ers.spec.importing;

import ers.spec.SpecSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts after the outcomes table, each under its printed heading: a paragraph per line, or
 * per run of lines where the copy wrapped a paragraph ({@link ListItems}), {@code - item} as a
 * bullet item, a table's cells joined by {@code " | "}.
 */
final class Sections {

    private static final Pattern ITALIC = Pattern.compile("\\*([^*\\s](?:[^*]*[^*\\s])?)\\*");

    final List<SpecSection> sections = new ArrayList<>();

    private final Repairs repairs;
    private SpecSection.Kind kind;
    private String heading;
    private final List<String> paragraphs = new ArrayList<>();
    /** Lines one under another, not yet known to be items or one paragraph wrapped. */
    private final List<String> block = new ArrayList<>();
    private boolean finished;

    Sections(Repairs repairs) {
        this.repairs = repairs;
    }

    /** The kind of section a line heads, if it is one of the headings specifications print. */
    static Optional<SpecSection.Kind> heading(String line) {
        String h = line.strip().toLowerCase(Locale.ROOT);
        if (h.endsWith(".") || h.length() > 100) {
            // A heading is never a sentence: this is a paragraph's line that happens to begin with the words.
            return Optional.empty();
        }
        if (h.equals("assessment")) {
            return Optional.of(SpecSection.Kind.ASSESSMENT);
        }
        if (h.equals("evidence requirements")) {
            return Optional.of(SpecSection.Kind.EVIDENCE_REQUIREMENTS);
        }
        if (h.startsWith("guidance on assessment")) {
            return Optional.of(SpecSection.Kind.ASSESSMENT_GUIDANCE);
        }
        if (h.startsWith("national occupational standards") || h.startsWith("details of relationship between the unit and national")) {
            return Optional.of(SpecSection.Kind.NOS_MAPPING);
        }
        if (h.startsWith("functional skills signposting")) {
            return Optional.of(SpecSection.Kind.FUNCTIONAL_SKILLS);
        }
        if (h.equals("resources")) {
            return Optional.of(SpecSection.Kind.RESOURCES);
        }
        if (h.equals("additional information")) {
            return Optional.of(SpecSection.Kind.ADDITIONAL_INFORMATION);
        }
        return Optional.empty();
    }

    void read(String line) {
        if (finished) {
            return;
        }
        if (line.isBlank() || OutcomeTable.isRule(line) || line.indexOf('\t') >= 0) {
            endBlock();
        }
        if (line.isBlank() || OutcomeTable.isRule(line)) {
            return;
        }
        if (line.strip().equalsIgnoreCase("Evidence Record Sheet")) {
            recordSheetFollows();
            return;
        }
        Optional<SpecSection.Kind> next = heading(line);
        if (next.isPresent()) {
            close();
            kind = next.get();
            heading = CellText.squeeze(line);
            return;
        }
        if (kind == null) {
            repairs.note("Text after the learning-outcome table and before the first section heading was left out: \""
                    + CellText.squeeze(line) + "\".");
            return;
        }
        if (line.indexOf('\t') >= 0) {
            paragraphs.add(paragraph(line));
        } else {
            block.add(CellText.squeeze(line));
        }
    }

    /** A block of lines is a list, one item a line, or prose wrapped where it was copied, joined again. */
    private void endBlock() {
        List<String> read = ListItems.paragraphs(block);
        if (read.size() < block.size()) {
            repairs.note("In the section \"" + heading + "\", lines that were broken where the copied text wrapped have"
                    + " been joined into their paragraphs; lines that each begin with a capital are kept as items of a list.");
        }
        read.forEach(p -> paragraphs.add(paragraph(p)));
        block.clear();
    }

    List<SpecSection> finish() {
        close();
        return List.copyOf(sections);
    }

    private String paragraph(String line) {
        String text = line.indexOf('\t') >= 0
                ? String.join(" | ", List.of(line.split("\t")).stream().map(CellText::squeeze).filter(c -> !c.isEmpty()).toList())
                : CellText.squeeze(line);
        text = text.replaceFirst("^[-\u2022]\\s+", "\u2022 ");
        Matcher italic = ITALIC.matcher(text);
        if (!italic.find()) {
            return text;
        }
        repairs.note("Asterisks marking italic text, as in \"" + italic.group() + "\", have been left out.");
        String plain = italic.replaceAll("$1");
        return plain;
    }

    /** OCR prints the record sheet after the specification, headed by the qualification's title. */
    private void recordSheetFollows() {
        endBlock();
        String qualification = paragraphs.isEmpty() ? null : paragraphs.get(paragraphs.size() - 1);
        if (qualification != null && !qualification.matches(".*[.:)]$")) {
            paragraphs.remove(paragraphs.size() - 1);
        }
        repairs.note("The Evidence Record Sheet printed after the specification"
                + (qualification != null && !qualification.matches(".*[.:)]$") ? " (headed \"" + qualification + "\")" : "")
                + " is the form produced from the unit, not part of the unit specification, and is left out.");
        close();
        finished = true;
    }

    private void close() {
        endBlock();
        if (kind != null) {
            sections.add(new SpecSection(kind, heading, paragraphs));
        }
        kind = null;
        paragraphs.clear();
    }
}
