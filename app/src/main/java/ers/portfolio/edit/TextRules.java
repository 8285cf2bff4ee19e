package ers.portfolio.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntPredicate;

/**
 * What a user may type into a field of the portfolio, checked where they type it. The rules are
 * not written here a second time: the lengths are the file format's own ({@code maxLength} in
 * {@code specs/portfolio.schema.json}, which every save is checked against), and the characters
 * are those the sheet's font can print (the same test the PDF export makes), so nothing the editor
 * accepts fails later at Save or Export.
 */
public final class TextRules {

    /** The fields a user types, each with its place in the schema and the words that name it. */
    public enum Field {
        REFERENCE("/$defs/evidenceItem/properties/reference", "A reference"),
        TITLE("/$defs/evidenceItem/properties/title", "An evidence title"),
        LOCATION("/$defs/evidenceItem/properties/location", "Where the evidence is kept"),
        NOTES("/$defs/evidenceItem/properties/notes", "The notes on evidence"),
        CANDIDATE_NAME("/properties/candidate/properties/name", "The candidate's name"),
        CANDIDATE_NUMBER("/properties/candidate/properties/number", "The candidate number"),
        CENTRE_NAME("/properties/centre/properties/name", "The centre's name"),
        CENTRE_NUMBER("/properties/centre/properties/number", "The centre number"),
        QUALIFICATION("/properties/qualification", "The qualification"),
        METHOD_NAME("/properties/methods/items/properties/name", "A method's name"),
        /** An assessor's, verifier's or countersigner's name: it is printed beside their signature. */
        PERSON_NAME("/$defs/person/properties/name", "A person's name");

        private final String pointer;
        private final String words;

        Field(String pointer, String words) {
            this.pointer = pointer;
            this.words = words;
        }
    }

    private static final Map<Field, Integer> LENGTHS = lengths();

    private final IntPredicate printable;

    /** @param printable whether the sheet's font has a glyph for a code point */
    public TextRules(IntPredicate printable) {
        this.printable = printable;
    }

    /** The most characters the format keeps in the field. */
    public static int maxLength(Field field) {
        return LENGTHS.get(field);
    }

    /** Why {@code text} cannot go into the field, in a sentence for the status line; empty when it can. */
    public Optional<String> problem(Field field, String text) {
        if (text == null) {
            return Optional.empty();
        }
        int length = text.codePointCount(0, text.length());
        int most = maxLength(field);
        if (length > most) {
            return Optional.of(field.words + " has at most " + most + " characters; this one has " + length
                    + ". Shorten it.");
        }
        OptionalInt bad = unprintable(text, printable);
        return bad.isEmpty() ? Optional.empty() : Optional.of(field.words + " cannot have the character "
                + describe(bad.getAsInt()) + ": the record sheet's font has no glyph for it, so it could not be printed."
                + " Replace or remove it.");
    }

    /**
     * The first character of {@code text} that {@code printable} says the font cannot print, line
     * spaces aside (they become breaks or spaces on the page); the PDF export asks the same.
     */
    public static OptionalInt unprintable(String text, IntPredicate printable) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!isLineSpace(cp) && !printable.test(cp)) {
                return OptionalInt.of(cp);
            }
            i += Character.charCount(cp);
        }
        return OptionalInt.empty();
    }

    /** The white space a page turns into line breaks or single spaces; every other character is printed. */
    public static boolean isLineSpace(int cp) {
        return cp == ' ' || cp == '\t' || cp == '\u000B' || cp == '\f' || isBreak(cp);
    }

    public static boolean isBreak(int cp) {
        return cp == '\n' || cp == '\r' || cp == '\u0085' || cp == '\u2028' || cp == '\u2029';
    }

    /** Refuses the text as {@link #problem} explains. */
    public void check(Field field, String text) throws EditRefused {
        Optional<String> problem = problem(field, text);
        if (problem.isPresent()) {
            throw new EditRefused(problem.get());
        }
    }

    /** Refuses an edit that would put text into the portfolio that breaks these rules, naming the field. */
    public void check(Edit edit) throws EditRefused {
        if (edit instanceof EditRow row && row.value() instanceof String text) {
            Optional<Field> field = switch (row.field()) {
                case REFERENCE -> Optional.of(Field.REFERENCE);
                case TITLE -> Optional.of(Field.TITLE);
                case LOCATION -> Optional.of(Field.LOCATION);
                case NOTES -> Optional.of(Field.NOTES);
                case METHODS, DATE -> Optional.empty();
            };
            if (field.isPresent()) {
                check(field.get(), text);
            }
        } else if (edit instanceof EditDetails details) {
            check(Field.CANDIDATE_NAME, details.candidate().name());
            check(Field.CANDIDATE_NUMBER, details.candidate().number());
            check(Field.CENTRE_NAME, details.centre().name());
            check(Field.CENTRE_NUMBER, details.centre().number());
            check(Field.QUALIFICATION, details.qualification());
        } else if (edit instanceof SetMethodKey key) {
            for (var method : key.methods()) {
                check(Field.METHOD_NAME, method.name());
            }
        }
    }

    /** A character as a user can find it again: itself where it shows, its code and Unicode name. */
    public static String describe(int cp) {
        String name = Character.getName(cp);
        String shown = Character.isISOControl(cp) ? "" : "\"" + new String(Character.toChars(cp)) + "\" ";
        return shown + String.format("(U+%04X%s)", cp, name == null ? "" : " " + name);
    }

    private static Map<Field, Integer> lengths() {
        try (InputStream in = TextRules.class.getResourceAsStream("/specs/portfolio.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("the portfolio schema is not bundled");
            }
            JsonNode schema = new ObjectMapper().readTree(in);
            Map<Field, Integer> lengths = new EnumMap<>(Field.class);
            for (Field field : Field.values()) {
                JsonNode max = schema.at(field.pointer).path("maxLength");
                if (!max.isInt()) {
                    throw new IllegalStateException("the portfolio schema gives no maxLength at " + field.pointer);
                }
                lengths.put(field, max.intValue());
            }
            return lengths;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
