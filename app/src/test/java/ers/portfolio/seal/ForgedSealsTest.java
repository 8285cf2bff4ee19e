package ers.portfolio.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.HistoryEntry;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import ers.portfolio.Seal;
import ers.portfolio.Signature;
import ers.portfolio.SignatureJudge;
import ers.portfolio.SignatureState;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Test;

/**
 * Forgeries made by editing a signed file: a signature taken out, history written in, a seal
 * key-signed with a certificate that was not valid at the time. None may pass as valid.
 */
class ForgedSealsTest {

    private static final SignatureJudge JUDGE = SignatureJudge.standard();

    private static PortfolioUnit withSignatures(PortfolioUnit unit, List<Signature> signatures) {
        return unit.withSignatures(signatures, unit.history());
    }

    private static PortfolioUnit withHistory(PortfolioUnit unit, List<HistoryEntry> history) {
        return unit.withHistory(history);
    }

    @Test
    void aSignatureDeletedFromASheetWhoseHistoryRecordsItIsMissing() throws Exception {
        Portfolio forged = SignedSheets.withoutSignature(SignedSheets.signedByAll(null), Role.INTERNAL_VERIFIER);
        PortfolioUnit forgedUnit = SignedSheets.only(forged);

        assertEquals(SignatureState.MISSING, JUDGE.judge(forged, forgedUnit, Role.INTERNAL_VERIFIER));
        Verdict verdict = new SealVerifier(null).verify(forged, forgedUnit, Role.INTERNAL_VERIFIER);
        assertEquals("MISSING", verdict.stateWord());
        assertTrue(verdict.remarks().contains("the history records it signed by Rhian Evans"), verdict.remarks());
        assertEquals(SignatureState.ABSENT, JUDGE.judge(forged, forgedUnit, Role.COUNTERSIGNING_VERIFIER),
                "a line never signed is only absent");
    }

    @Test
    void historyEntriesAppendedAfterTheLastSignatureAreNotSealed() throws Exception {
        Portfolio signed = SignedSheets.signedByAll(null);
        PortfolioUnit unit = SignedSheets.only(signed);
        List<HistoryEntry> history = new ArrayList<>(unit.history());
        int genuine = history.size();
        Instant later = Instant.parse("2026-03-22T09:00:00Z");
        history.add(new HistoryEntry(later, HistoryEntry.Action.REOPENED, Role.ASSESSOR, "Jane Smith", "typo"));
        history.add(new HistoryEntry(later, HistoryEntry.Action.SIGNED, Role.COUNTERSIGNING_VERIFIER, "Mallory", "sealed"));
        Portfolio forged = signed.withUnits(List.of(withHistory(unit, history)));
        PortfolioUnit forgedUnit = SignedSheets.only(forged);

        SealedHistory sealed = SealedHistory.of(forged, forgedUnit, JUDGE);

        for (int i = 0; i < genuine; i++) {
            assertTrue(sealed.sealed(i), "entry " + i + " was there when the last signature was given, or is its own");
        }
        assertFalse(sealed.sealed(genuine));
        assertFalse(sealed.sealed(genuine + 1));
        assertEquals(SealedHistory.NOT_SEALED + "; typo", sealed.detail(genuine, "typo"));
        assertEquals("not sealed: could have been written by anyone with the file", SealedHistory.NOT_SEALED);
    }

    @Test
    void theHistoryOfASheetWithNoValidSignatureIsNotSealed() throws Exception {
        Portfolio signed = SignedSheets.signedByAll(null);
        PortfolioUnit unit = SignedSheets.only(signed);
        List<Signature> unsealed = unit.signatures().stream()
                .map(s -> new Signature(s.role(), s.name(), s.date(), s.drawing(), s.typed(), s.note(), null)).toList();
        Portfolio forged = signed.withUnits(List.of(withSignatures(unit, unsealed)));

        SealedHistory sealed = SealedHistory.of(forged, SignedSheets.only(forged), JUDGE);

        for (int i = 0; i < unit.history().size(); i++) {
            assertFalse(sealed.sealed(i), "entry " + i);
        }
    }

    @Test
    void anExpiredCertificateFailsTheKeySignedCheckSayingWhy() throws Exception {
        Clock longAgo = Clock.fixed(Instant.parse("2015-01-05T10:00:00Z"), ZoneOffset.UTC);
        SigningKey expired = PersonalCertificate.create("Jane Smith", "Northgate College", longAgo);

        Verdict verdict = assessorVerdict(expired);

        assertEquals(SignatureState.VOID, verdict.state());
        assertTrue(verdict.remarks().contains("its certificate had expired when it signed on"), verdict.remarks());
        assertTrue(verdict.remarks().contains("(valid from 05/01/2015 to "), verdict.remarks());
    }

    @Test
    void aCertificateNotYetValidWhenItSignedFailsTheKeySignedCheck() throws Exception {
        Clock future = Clock.fixed(Instant.now().plusSeconds(30L * 24 * 3600), ZoneOffset.UTC);
        SigningKey notYet = PersonalCertificate.create("Jane Smith", "Northgate College", future);

        Verdict verdict = assessorVerdict(notYet);

        assertEquals(SignatureState.VOID, verdict.state());
        assertTrue(verdict.remarks().contains("its certificate was not yet valid when it signed on"), verdict.remarks());
    }

    @Test
    void aKeySignedSealWithoutASigningTimeFails() throws Exception {
        SigningKey jane = PersonalCertificate.create("Jane Smith", "Northgate College", SignedSheets.CLOCK);
        Portfolio signed = SignedSheets.SIGNING.sign(SignedSheets.unsigned(), SignedSheets.UNIT,
                SignedSheets.request(Role.ASSESSOR, "JANE SMITH", LocalDate.of(2026, 3, 14), jane));
        PortfolioUnit unit = SignedSheets.only(signed);
        Signature genuine = unit.signature(Role.ASSESSOR).orElseThrow();
        Seal seal = genuine.seal();
        byte[] content = SealedContent.of(seal.formOrFirst(), signed, unit, genuine, seal.history()).canonicalBytes();
        Seal timeless = new Seal(seal.algorithm(), seal.digest(), seal.history(), seal.parts(),
                Base64.getEncoder().encodeToString(signWithoutSigningTime(content, jane)), seal.form());
        Signature forgedSignature = new Signature(genuine.role(), genuine.name(), genuine.date(), genuine.drawing(),
                genuine.typed(), genuine.note(), timeless);
        Portfolio forged = signed.withUnits(List.of(withSignatures(unit, List.of(forgedSignature))));

        Verdict verdict = new SealVerifier(null).verify(forged, SignedSheets.only(forged), Role.ASSESSOR);

        assertEquals(SignatureState.VOID, verdict.state());
        assertTrue(verdict.remarks().contains("says no time of signing"), verdict.remarks());
    }

    private static Verdict assessorVerdict(SigningKey key) throws SigningRefused {
        Portfolio signed = SignedSheets.SIGNING.sign(SignedSheets.unsigned(), SignedSheets.UNIT,
                SignedSheets.request(Role.ASSESSOR, "JANE SMITH", LocalDate.of(2026, 3, 14), key));
        return new SealVerifier(null).verify(signed, SignedSheets.only(signed), Role.ASSESSOR);
    }

    /** A CMS signature as {@link CmsSigner} makes one, but with the signing-time attribute left out. */
    private static byte[] signWithoutSigningTime(byte[] content, SigningKey key) throws Exception {
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        DefaultSignedAttributeTableGenerator standard = new DefaultSignedAttributeTableGenerator();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                .setSignedAttributeGenerator(parameters -> standard.getAttributes(parameters).remove(CMSAttributes.signingTime))
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(key.privateKey()), key.certificate()));
        generator.addCertificates(new JcaCertStore(List.<X509Certificate>of(key.certificate())));
        return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
    }
}
