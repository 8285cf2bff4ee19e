package ers.sheet;

import ers.portfolio.SignatureState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The sheet's signature lines: a label, then ruled spaces for the signature, name and date,
 * flowing onto a further line when a page is too narrow for all of a line's fields.
 */
final class SignatureFields {

    static final double HEIGHT = 26;
    private static final double LABEL_SIZE = 9;
    private static final double VOID_SIZE = 7.5;
    private static final double GAP = 6;
    private static final double CAPTION_SIZE = 6;
    private static final double MIN_SIZE = 6;
    /** The caption's line under a space's rule. */
    private static final double CAPTION_ROOM = 7.5;

    private final PageFlow flow;
    private final Typesetter type;

    SignatureFields(PageFlow flow) {
        this.flow = flow;
        this.type = flow.type();
    }

    /** A label followed by its slots, kept together on one line. */
    record Field(String label, List<Slot> slots) {
        Field(String label, Slot... slots) {
            this(label, List.of(slots));
        }
    }

    /**
     * Captions are set after the whole line, so the labels and what fills the spaces keep the
     * reading order of OCR's form and the small words follow them.
     */
    void line(Field... fields) throws SheetException {
        boolean captioned = Arrays.stream(fields).flatMap(f -> f.slots().stream()).anyMatch(s -> s.caption() != null);
        double below = captioned ? CAPTION_ROOM : 0;
        List<Element> captions = new ArrayList<>();
        double top = flow.y();
        double x = PageFlow.LEFT;
        for (Field field : fields) {
            double labelWidth = type.width(field.label(), Face.REGULAR, LABEL_SIZE);
            double width = labelWidth + GAP + field.slots().stream().mapToDouble(s -> s.width() + GAP).sum();
            if (x > PageFlow.LEFT && x + width > PageFlow.RIGHT) {
                top += HEIGHT + below + GAP;
                x = PageFlow.LEFT;
            }
            flow.text(x, baseline(top), LABEL_SIZE, Face.REGULAR, field.label());
            x += labelWidth + GAP;
            for (Slot slot : field.slots()) {
                fill(slot, x, top);
                flow.rule(x, top + HEIGHT, x + slot.width(), top + HEIGHT);
                if (slot.caption() != null) {
                    double middle = x + (slot.width() - type.width(slot.caption(), Face.REGULAR, CAPTION_SIZE)) / 2;
                    captions.add(new Element.Text(middle, top + HEIGHT + CAPTION_ROOM - 1.5, CAPTION_SIZE,
                            Face.REGULAR, slot.caption(), false));
                }
                x += slot.width() + GAP;
            }
            x += 2 * GAP;
        }
        captions.forEach(flow::add);
        flow.moveTo(top + HEIGHT + below);
    }

    private void fill(Slot slot, double x, double top) throws SheetException {
        if (slot.kind() == Slot.Kind.TEXT) {
            stack(slot.text(), Face.REGULAR, LABEL_SIZE, slot, x, top);
            return;
        }
        SignatureLine line = slot.line();
        if (line.state() == SignatureState.ABSENT) {
            return;
        }
        if (line.state() == SignatureState.VOID || line.state() == SignatureState.MISSING) {
            if (slot.kind() == Slot.Kind.SIGNATURE) {
                String text = line.state() == SignatureState.VOID ? SignatureLine.VOID_TEXT : SignatureLine.MISSING_TEXT;
                stack(text, Face.BOLD, VOID_SIZE, slot, x, top);
            }
            return;
        }
        switch (slot.kind()) {
            case SIGNATURE -> {
                if (line.drawing() != null && !line.drawing().strokes().isEmpty()) {
                    flow.add(new Element.Ink(x + 2, top + 1, slot.width() - 4, HEIGHT - 3, line.drawing()));
                } else {
                    String typed = line.typed() == null || line.typed().isBlank() ? line.name() : line.typed();
                    stack(typed, Face.REGULAR, 10, slot, x, top);
                }
            }
            case NAME -> stack(line.name().toUpperCase(Locale.UK), Face.REGULAR, LABEL_SIZE, slot, x, top);
            case DATE -> flow.text(x + 2, baseline(top), LABEL_SIZE, Face.REGULAR, line.date());
            case TEXT -> throw new IllegalStateException("a text space has no signature");
        }
    }

    /**
     * Lines standing on the slot's rule, the last one lowest, never above the slot: a long name is
     * set smaller, down to {@link #MIN_SIZE}, and what still does not fit ends in an ellipsis.
     */
    private void stack(String text, Face face, double size, Slot slot, double x, double top) throws SheetException {
        double width = slot.width() - 4;
        double s = size;
        List<String> lines = type.wrap(text, face, s, width, slot.where());
        while (lineRoom(s) < lines.size() && s > MIN_SIZE) {
            s = Math.max(MIN_SIZE, s - 0.5);
            lines = type.wrap(text, face, s, width, slot.where());
        }
        int room = lineRoom(s);
        if (lines.size() > room) {
            List<String> kept = new ArrayList<>(lines.subList(0, room));
            kept.set(room - 1, type.shorten(kept.get(room - 1) + " " + lines.get(room), face, s, width));
            lines = kept;
        }
        for (int i = 0; i < lines.size(); i++) {
            double lift = (lines.size() - 1 - i) * s * Typesetter.LEADING;
            flow.text(x + 2, baseline(top) - lift, s, face, lines.get(i));
        }
    }

    /** How many lines of this size stand between the slot's rule and its top. */
    private int lineRoom(double size) {
        double above = baseline(0) - 0.5 - type.ascent(size);
        return 1 + (int) Math.floor(above / (size * Typesetter.LEADING));
    }

    private static double baseline(double top) {
        return top + HEIGHT - 3.5;
    }
}
