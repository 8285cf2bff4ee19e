package ers.portfolio.seal;

import ers.portfolio.Drawing;
import ers.portfolio.Role;
import ers.portfolio.Signature;
import java.time.LocalDate;

/**
 * What a person gives to sign a line: their name, a drawn or typed signature, the date, a reason
 * where one is needed, and optionally their key for a seal a forger cannot recompute.
 *
 * @param note the reason recorded for signing with criteria uncovered; null when none
 * @param key  the signer's key, or null for a digest-only seal
 */
public record SignRequest(Role role, String name, LocalDate date, Drawing drawing, String typed, String note,
                          SigningKey key) {

    Signature unsealed() {
        return new Signature(role, name.strip(), date, drawing, blankToNull(typed), blankToNull(note), null);
    }

    boolean hasMark() {
        boolean drew = drawing != null && drawing.strokes().stream().anyMatch(s -> !s.isEmpty());
        return drew || (typed != null && !typed.isBlank());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
