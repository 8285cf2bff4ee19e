package ers.portfolio.seal;

import ers.portfolio.HistoryEntry;
import ers.portfolio.HistoryEntry.Action;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import ers.portfolio.Signature;
import ers.portfolio.SignatureState;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Signing, reopening and voiding, each turning one portfolio into the next and appending to the
 * unit's history; nothing is ever removed from a history. After the assessor signs, the sheet is
 * locked until someone reopens it with a reason; signatures that then stop matching are void,
 * and {@link #recordVoids} writes that down once per signature.
 */
public final class SheetSigning {

    private final Clock clock;

    public SheetSigning(Clock clock) {
        this.clock = clock;
    }

    public Portfolio sign(Portfolio portfolio, String unitId, SignRequest request) throws SigningRefused {
        PortfolioUnit unit = unit(portfolio, unitId);
        check(portfolio, unit, request);
        Signature sealed = Sealing.seal(portfolio, unit, request.unsealed(), request.key());
        List<Signature> signatures = new ArrayList<>(unit.signatures());
        signatures.removeIf(s -> s.role() == request.role());
        signatures.add(sealed);
        signatures.sort((a, b) -> a.role().compareTo(b.role()));
        PortfolioUnit signed = unit.withSignatures(signatures, append(unit, Action.SIGNED, request.role(), sealed.name(), signedDetail(unit, sealed, request)));
        return replace(portfolio, signed);
    }

    /** Opens a locked sheet for change; what changes afterwards voids the signatures it touches. */
    public Portfolio reopen(Portfolio portfolio, String unitId, Role by, String name, String reason)
            throws SigningRefused {
        PortfolioUnit unit = unit(portfolio, unitId);
        if (!isLocked(portfolio, unit)) {
            throw new SigningRefused("the sheet for unit " + unit.spec().code() + " is not locked, so there is nothing to reopen");
        }
        if (reason == null || reason.isBlank()) {
            throw new SigningRefused("reopening a signed sheet needs a reason; it is kept in the history");
        }
        if (name == null || name.isBlank()) {
            throw new SigningRefused("say who is reopening the sheet");
        }
        PortfolioUnit reopened = unit.withHistory(append(unit, Action.REOPENED, by, name.strip(), reason.strip()));
        return recordVoids(replace(portfolio, reopened));
    }

    /** Appends a {@code voided} entry, saying what changed, for each signature that became void since it was last recorded. */
    public Portfolio recordVoids(Portfolio portfolio) {
        return recordVoids(portfolio, unit -> true);
    }

    /** As {@link #recordVoids(Portfolio)}, looking only at the units {@code which} selects. */
    public Portfolio recordVoids(Portfolio portfolio, Predicate<PortfolioUnit> which) {
        SealVerifier verifier = new SealVerifier(null);
        List<PortfolioUnit> units = new ArrayList<>();
        for (PortfolioUnit unit : portfolio.units()) {
            PortfolioUnit updated = unit;
            if (!which.test(unit)) {
                units.add(unit);
                continue;
            }
            for (Verdict verdict : verifier.verifyAll(portfolio, unit)) {
                if (verdict.state() == SignatureState.VOID && !voidRecorded(updated, verdict.role())) {
                    updated = updated.withHistory(append(updated, Action.VOIDED, verdict.role(), verdict.signature().name(),
                                    String.join("; ", verdict.reasons())));
                }
            }
            units.add(updated);
        }
        return portfolio.withUnits(units);
    }

    /**
     * A sheet is locked while the assessor's signature stands and nobody reopened it since the
     * assessor signed. Editors must not change a locked sheet's evidence.
     */
    public static boolean isLocked(Portfolio portfolio, PortfolioUnit unit) {
        return SealVerifier.state(portfolio, unit, Role.ASSESSOR) == SignatureState.VALID
                && !SignOff.reopenedSinceAssessorSigned(unit);
    }

    private void check(Portfolio portfolio, PortfolioUnit unit, SignRequest request) throws SigningRefused {
        Role role = request.role();
        Optional<String> notNow = SignOff.of(portfolio, unit).whyNot(role);
        if (notNow.isPresent()) {
            throw new SigningRefused(notNow.get());
        }
        if (request.name() == null || request.name().isBlank()) {
            throw new SigningRefused("the " + role.inSentence() + " line needs the signer's name");
        }
        if (!request.hasMark()) {
            throw new SigningRefused("draw a signature on the pad, or type it");
        }
        LocalDate today = LocalDate.now(clock);
        if (request.date() == null || request.date().isAfter(today)) {
            throw new SigningRefused("a signature is dated today or earlier, never in the future");
        }
        List<String> uncovered = unit.uncovered();
        Optional<String> reason = SignOff.reasonProblem(request.note());
        if (role == Role.ASSESSOR && !uncovered.isEmpty() && reason.isPresent()) {
            throw new SigningRefused("criteria " + String.join(", ", uncovered)
                    + " are not covered by any evidence; cover them, or " + reason.get(), uncovered);
        }
    }

    private static String signedDetail(PortfolioUnit unit, Signature sealed, SignRequest request) {
        StringBuilder detail = new StringBuilder("sealed ").append(sealed.seal().digest(), 0, 16);
        if (request.key() != null) {
            detail.append(", key-signed as ").append(request.key().certificate().getSubjectX500Principal().getName());
        }
        if (request.role() == Role.ASSESSOR && !unit.uncovered().isEmpty()) {
            detail.append("; criteria uncovered: ").append(String.join(", ", unit.uncovered()))
                    .append("; reason: ").append(sealed.note());
        }
        return detail.toString();
    }

    private static boolean voidRecorded(PortfolioUnit unit, Role role) {
        for (ListIterator<HistoryEntry> it = unit.history().listIterator(unit.history().size()); it.hasPrevious(); ) {
            HistoryEntry entry = it.previous();
            if (entry.role() == role && entry.action() != Action.REOPENED) {
                return entry.action() == Action.VOIDED;
            }
        }
        return false;
    }

    private List<HistoryEntry> append(PortfolioUnit unit, Action action, Role role, String name, String detail) {
        List<HistoryEntry> history = new ArrayList<>(unit.history());
        history.add(new HistoryEntry(clock.instant(), action, role, name, detail));
        return history;
    }

    private static PortfolioUnit unit(Portfolio portfolio, String unitId) throws SigningRefused {
        return portfolio.unit(unitId).orElseThrow(() -> new SigningRefused("the portfolio has no unit " + unitId));
    }

    private static Portfolio replace(Portfolio portfolio, PortfolioUnit unit) {
        return portfolio.withUnits(portfolio.units().stream()
                .map(u -> u.spec().id().equals(unit.spec().id()) ? unit : u)
                .collect(Collectors.toList()));
    }
}
