package ers.portfolio.seal;

import static ers.portfolio.seal.SignedSheets.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import ers.portfolio.Seal;
import ers.portfolio.Signature;
import ers.portfolio.SignatureState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Why verification calls a seal void, in the words the verifier is shown, for seals edited in the file. */
class VoidReasonsTest {

    private static Portfolio replacing(Portfolio portfolio, Signature replacement) {
        PortfolioUnit unit = only(portfolio);
        List<Signature> signatures = new ArrayList<>(unit.signatures());
        signatures.replaceAll(s -> s.role() == replacement.role() ? replacement : s);
        return portfolio.withUnits(List.of(unit.withSignatures(signatures, unit.history())));
    }

    @Test
    void aCertificateSignatureThatIsNoBase64IsSaidSo() throws Exception {
        Portfolio signed = SignedSheets.signedByAll(null);
        Signature genuine = only(signed).signature(Role.CANDIDATE).orElseThrow();
        Seal seal = genuine.seal();
        Signature forged = new Signature(genuine.role(), genuine.name(), genuine.date(), genuine.drawing(),
                genuine.typed(), genuine.note(),
                new Seal(seal.algorithm(), seal.digest(), seal.history(), seal.parts(), "not base64!", seal.form()));
        Portfolio edited = replacing(signed, forged);

        Verdict verdict = new SealVerifier(null).verify(edited, only(edited), Role.CANDIDATE);

        assertEquals(SignatureState.VOID, verdict.state());
        assertEquals(List.of("its certificate signature is not valid base64"), verdict.reasons());
    }

    @Test
    void aSignatureSignedOverThatWasRedatedIsNamedByTheVerifiersSeal() throws Exception {
        Portfolio signed = SignedSheets.signedByAll(null);
        Signature candidate = only(signed).signature(Role.CANDIDATE).orElseThrow();
        Portfolio edited = replacing(signed, new Signature(candidate.role(), candidate.name(), LocalDate.of(2026, 3, 1),
                candidate.drawing(), candidate.typed(), candidate.note(), candidate.seal()));

        Verdict verifier = new SealVerifier(null).verify(edited, only(edited), Role.INTERNAL_VERIFIER);

        assertEquals(List.of("the candidate signature it signed over changed"), verifier.reasons());
    }
}
