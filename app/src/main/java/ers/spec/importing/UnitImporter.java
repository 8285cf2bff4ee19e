package ers.spec.importing;

import ers.spec.LearningOutcome;
import ers.spec.SpecSection;
import ers.spec.UnitSpec;
import ers.spec.Unknowns;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a unit specification from the text of its published document (copied from the PDF or
 * a register page, or extracted from the PDF itself) into a unit, without guessing: what it
 * repaired is noted, what it did not find is listed, and a text with no criteria is refused.
 */
public final class UnitImporter {

    /** A specification PDF is well under a megabyte; the limit keeps a wrong file from filling the memory. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final Pattern PURPOSE = Pattern.compile("(?i)^\\s*(unit purpose and aim|unit aim|purpose and aim|unit purpose)s?:?\\s*$");

    private UnitImporter() {
    }

    /** A {@code .pdf} (recognised by its content) or a text file, in UTF-8 or Windows-1252. */
    public static ImportedUnit importFile(Path file) throws UnitImportException {
        return importText(file.getFileName().toString(), sourceText(file));
    }

    /** The text the importer reads from a file: a text file as it is, a PDF's text laid out as a copy of it gives. */
    public static String sourceText(Path file) throws UnitImportException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new UnitImportException(file + ": the file is larger than " + MAX_BYTES / (1024 * 1024)
                        + " MB, which no unit specification is");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnitImportException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        String name = file.getFileName().toString();
        return PdfUnitText.isPdf(bytes) ? PdfUnitText.extract(name, bytes) : decode(bytes);
    }

    /**
     * @param source what the text is called in notes and messages: the file name, or "the pasted text"
     */
    public static ImportedUnit importText(String source, String text) throws UnitImportException {
        Repairs repairs = new Repairs();
        HeaderFields header = new HeaderFields(repairs);
        OutcomeTable table = new OutcomeTable(repairs);
        RegisterTable register = new RegisterTable(repairs);
        Sections sections = new Sections(repairs);
        List<String> purpose = new ArrayList<>();
        List<String> lines = List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n"));
        boolean tabbed = lines.stream().anyMatch(l -> OutcomeTable.HEADER.matcher(l).matches());
        Part part = Part.HEADER;
        for (String line : lines) {
            part = next(part, line, tabbed);
            switch (part) {
                case HEADER -> header.read(line);
                case PURPOSE -> {
                    if (!line.isBlank() && !PURPOSE.matcher(line).matches()) {
                        purpose.add(CellText.squeeze(line));
                    }
                }
                case TABLE -> {
                    if (!tabbed) {
                        register.read(line);
                    } else if (!table.read(line)) {
                        part = Part.SECTIONS;
                        sections.read(line);
                    }
                }
                case SECTIONS -> sections.read(line);
            }
        }
        List<OutcomeDraft> drafts = tabbed ? table.outcomes : register.outcomes;
        if (drafts.stream().allMatch(o -> o.criteria.isEmpty())) {
            throw new UnitImportException(source + ": no assessment criteria were found. The importer looks for the"
                    + " learning-outcome table of a unit specification: learning outcomes numbered 1, 2, ... each with its"
                    + " assessment criteria numbered 1.1, 1.2, ...; copy the whole specification, or at least that table.");
        }
        return build(source, header, tabbed ? table.outcomeStem : register.outcomeStem,
                tabbed ? table.criterionStem : register.criterionStem, tabbed ? table.thirdColumnHeading : null,
                drafts, purpose, sections.finish(), repairs);
    }

    private enum Part { HEADER, PURPOSE, TABLE, SECTIONS }

    /** Which part of the document a line belongs to: parts come in this order and never go back. */
    private static Part next(Part part, String line, boolean tabbed) {
        boolean tableStarts = tabbed ? OutcomeTable.HEADER.matcher(line).matches()
                : RegisterTable.OUTCOME.matcher(line.strip()).matches() || line.strip().matches("(?i)learning outcomes?\\b.*");
        if (part.compareTo(Part.TABLE) < 0 && tableStarts) {
            return Part.TABLE;
        }
        if (part == Part.HEADER && PURPOSE.matcher(line).matches()) {
            return Part.PURPOSE;
        }
        if (part == Part.TABLE && !tabbed && Sections.heading(line).isPresent()) {
            return Part.SECTIONS;
        }
        return part;
    }

    private static ImportedUnit build(String source, HeaderFields header, String outcomeStem, String criterionStem,
                                      String thirdColumnHeading, List<OutcomeDraft> drafts, List<String> purpose,
                                      List<SpecSection> sections, Repairs repairs) {
        List<String> notFound = new ArrayList<>();
        String reason = "not found in " + source;
        String code = header.code().orElse(null);
        missing(notFound, code, "unit code");
        missing(notFound, header.title, "title");
        missing(notFound, header.awardingBody, "awarding body");
        missing(notFound, header.level, "level");
        missing(notFound, header.creditValue, "credit value");
        missing(notFound, header.guidedLearningHours, "guided learning hours");
        missing(notFound, purpose.isEmpty() ? null : purpose, "unit purpose and aim");
        notFound.addAll(repairs.unreadable());
        List<LearningOutcome> outcomes = new ArrayList<>();
        for (OutcomeDraft draft : drafts) {
            if (draft.title.isBlank()) {
                notFound.add("the title of learning outcome " + draft.number);
            }
            if (draft.criteria.isEmpty()) {
                notFound.add("the criteria of learning outcome " + draft.number);
            }
            outcomes.add(draft.toOutcome());
        }
        Unknowns unknown = new Unknowns(header.title == null ? reason : null, header.level == null ? reason : null,
                header.creditValue == null ? reason : null, header.guidedLearningHours == null ? reason : null);
        UnitSpec spec = new UnitSpec(UnitSpec.FORMAT_VERSION, code == null ? null : idFor(header.awardingBody, code),
                header.awardingBody, code, header.title, header.unitNumber, header.sectorUnitNumber, header.referenceNumber,
                header.level, header.creditValue, header.guidedLearningHours, header.expiryDate, purpose, outcomeStem,
                criterionStem, thirdColumnHeading, outcomes, sections, repairs.notes(), unknown, null);
        return new ImportedUnit(spec, notFound);
    }

    private static void missing(List<String> notFound, Object value, String what) {
        if (value == null) {
            notFound.add(what);
        }
    }

    /** {@code ocr-b13}: the awarding body and code, as the bundled units are named. */
    public static String idFor(String awardingBody, String code) {
        String id = ((awardingBody == null ? "" : awardingBody + "-") + code).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return id.length() > 64 ? id.substring(0, 64).replaceAll("-+$", "") : id;
    }

    private static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException e) {
            // Text saved by older Windows programs; every byte is a character there.
            return new String(bytes, start, bytes.length - start, Charset.forName("windows-1252"));
        }
    }
}
