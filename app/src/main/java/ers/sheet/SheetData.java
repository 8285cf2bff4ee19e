package ers.sheet;

import ers.portfolio.AssessmentMethod;
import ers.portfolio.EvidenceRow;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import ers.portfolio.SamplingRecord;
import ers.portfolio.SignatureJudge;
import ers.portfolio.SignatureState;
import ers.sampling.Sampling;
import ers.spec.LearningOutcome;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything one unit's record sheet prints, taken from the portfolio: no layout decided yet.
 *
 * @param candidateLine who and where, for a page that has come loose from the others
 * @param methodKey     the key of the method codes the rows use, in the centre's order
 * @param unitNotice    {@code Unit specification incomplete: ...} under the unit title, or null for a complete unit
 * @param ivSample      the internal verifier's latest sample, or null when none is recorded
 */
public record SheetData(String qualification, String unitCode, String unitTitle, String candidateName,
                        String candidateLine, List<EvidenceRow> rows, List<LearningOutcome> outcomes,
                        Map<Role, SignatureLine> signatures, List<AssessmentMethod> methodKey,
                        String unitNotice, SampledInitials ivSample) {

    public SheetData {
        rows = List.copyOf(rows);
        outcomes = List.copyOf(outcomes);
        signatures = Map.copyOf(signatures);
        methodKey = List.copyOf(methodKey);
    }

    public static SheetData of(Portfolio portfolio, PortfolioUnit unit, SignatureJudge judge) {
        Map<Role, SignatureLine> signatures = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            signatures.put(role, SignatureLine.of(unit.signature(role).orElse(null),
                    judge.judge(portfolio, unit, role)));
        }
        return new SheetData(portfolio.qualification(), unit.spec().code(), unit.spec().sheetTitle(),
                portfolio.candidate().name(), candidateLine(portfolio), unit.evidence(),
                unit.spec().learningOutcomes(), signatures, methodKey(portfolio, unit.evidence()),
                unit.spec().incompleteNotice().orElse(null),
                Sampling.latest(unit, SamplingRecord.Sampler.INTERNAL_VERIFIER).map(SampledInitials::of).orElse(null));
    }

    public SignatureLine signature(Role role) {
        return signatures.getOrDefault(role, SignatureLine.BLANK);
    }

    /**
     * The sample the IV initials line prints, when the internal verifier has not signed it: a
     * signature on the line, valid or void, prints as a signature does and is never hidden.
     */
    public Optional<SampledInitials> ivInitialsFromSample() {
        return signature(Role.INTERNAL_VERIFIER).state() == SignatureState.ABSENT ? Optional.ofNullable(ivSample)
                : Optional.empty();
    }

    static String candidateLine(Portfolio portfolio) {
        return "Candidate: " + withNumber(portfolio.candidate().name(), portfolio.candidate().number())
                + " · Centre: " + withNumber(portfolio.centre().name(), portfolio.centre().number());
    }

    private static String withNumber(String name, String number) {
        return number == null || number.isBlank() ? name : name + ", number " + number;
    }

    /** Codes a row uses but the centre's key lacks are still explained, so no code is left unexplained. */
    private static List<AssessmentMethod> methodKey(Portfolio portfolio, List<EvidenceRow> rows) {
        Set<String> used = new LinkedHashSet<>();
        rows.forEach(r -> used.addAll(r.methods()));
        List<AssessmentMethod> key = new ArrayList<>();
        portfolio.methods().stream().filter(m -> used.remove(m.code())).forEach(key::add);
        used.forEach(code -> key.add(new AssessmentMethod(code, "not in the centre's key")));
        return key;
    }
}
