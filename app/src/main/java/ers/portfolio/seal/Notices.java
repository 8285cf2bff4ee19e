package ers.portfolio.seal;

import ers.portfolio.HistoryEntry;
import ers.portfolio.HistoryEntry.Action;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import ers.portfolio.SignatureJudge;
import ers.portfolio.SignatureState;
import ers.portfolio.UkDates;
import ers.text.Plural;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a person is told around the acts that stay in a sheet's history: before an edit voids
 * signatures, whose and why; after, why Undo stops where it does.
 */
public final class Notices {

    private Notices() {
    }

    /** A signature that stood before an edit and is void after it. */
    public record Voided(String unitCode, Role role, String name, LocalDate date, String whatChanged) {
    }

    /**
     * The signatures {@code after} records as voided that were valid in {@code before}: what an
     * edit from one to the other would void. Both come from {@link LockedSheets}, which records
     * each void it causes.
     */
    public static List<Voided> voidedBy(Portfolio before, Portfolio after) {
        List<Voided> voided = new ArrayList<>();
        for (PortfolioUnit unit : after.units()) {
            PortfolioUnit earlier = before.unit(unit.spec().id()).orElse(null);
            if (earlier == null) {
                continue;
            }
            for (HistoryEntry entry : added(earlier, unit)) {
                if (entry.action() == Action.VOIDED
                        && SignatureJudge.standard().judge(before, earlier, entry.role()) == SignatureState.VALID) {
                    LocalDate date = earlier.signature(entry.role()).orElseThrow().date();
                    voided.add(new Voided(unit.spec().code(), entry.role(), entry.name(), date, entry.detail()));
                }
            }
        }
        return voided;
    }

    /** The question asked before {@code edit} voids {@code voided}, naming each signature and what changed. */
    public static String voidQuestion(String edit, List<Voided> voided) {
        StringBuilder text = new StringBuilder("This change (").append(edit).append(") voids ")
                .append(voided.size() == 1 ? "a valid signature" : voided.size() + " valid signatures").append(":\n");
        for (Voided v : voided) {
            text.append("\n\u2022 unit ").append(v.unitCode()).append(", the ").append(v.role().inSentence())
                    .append(": ").append(v.name()).append(", signed ").append(UkDates.format(v.date()))
                    .append(" \u2014 ").append(v.whatChanged());
        }
        return text.append("\n\nA void signature no longer stands and must be given again. The voiding is kept in the "
                + "sheet's history and cannot be undone. Cancel changes nothing.").toString();
    }

    /**
     * Why Undo cannot take back the edit from {@code before} to {@code after}, when it recorded a
     * signature, a reopening or a voiding; empty for an ordinary edit.
     */
    public static Optional<String> undoStop(Portfolio before, Portfolio after, String edit) {
        for (PortfolioUnit unit : after.units()) {
            PortfolioUnit earlier = before.unit(unit.spec().id()).orElse(null);
            List<HistoryEntry> added = earlier == null ? List.of() : added(earlier, unit);
            if (added.isEmpty()) {
                continue;
            }
            String code = unit.spec().code();
            List<String> voided = added.stream().filter(e -> e.action() == Action.VOIDED)
                    .map(e -> "the " + e.role().inSentence() + "'s signature").toList();
            HistoryEntry first = added.get(0);
            if (first.action() == Action.SIGNED) {
                return Optional.of("Signing as the " + first.role().inSentence() + " on unit " + code
                        + " cannot be undone: a signature stays in the sheet's history. "
                        + (first.role() == Role.ASSESSOR ? "Reopen the sheet (Signatures) to change it."
                                : "A change to the sheet voids it."));
            }
            if (first.action() == Action.REOPENED) {
                return Optional.of("Reopening the sheet for unit " + code + " cannot be undone: it stays in the sheet's "
                        + "history. The assessor signing again locks the sheet again.");
            }
            return Optional.of("\u201c" + edit + "\u201d cannot be undone: it voided " + Plural.inList(voided) + " on unit "
                    + code + ", and a voiding stays in the sheet's history. Sign the line again to replace it.");
        }
        return Optional.empty();
    }

    private static List<HistoryEntry> added(PortfolioUnit before, PortfolioUnit after) {
        int had = before.history().size();
        return after.history().size() > had ? after.history().subList(had, after.history().size()) : List.of();
    }
}
