package ers.portfolio.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.CollectionStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the key-signed check says of a CMS signature that is not what {@link CmsSigner} makes:
 * unreadable, with no signer, no certificate or one that cannot be read, another digest, other
 * content, or a certificate other than the one it was made with.
 */
class CmsVerificationTest {

    private static final byte[] SHEET = "the sheet as sealed".getBytes(StandardCharsets.UTF_8);
    private static SigningKey jane;

    @BeforeAll
    static void createKey() {
        jane = MadeCertificates.authority("CN=Jane Smith,O=Northgate College");
    }

    private static CMSSignedDataGenerator signer(String algorithm, CMSAttributeTableGenerator attributes)
            throws Exception {
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                .setSignedAttributeGenerator(attributes)
                .build(new JcaContentSignerBuilder(algorithm).build(jane.privateKey()), jane.certificate()));
        return generator;
    }

    private static byte[] generate(CMSSignedDataGenerator generator, boolean withCertificate) throws Exception {
        if (withCertificate) {
            generator.addCertificates(new JcaCertStore(List.<X509Certificate>of(jane.certificate())));
        }
        return generator.generate(new CMSProcessableByteArray(SHEET), false).getEncoded();
    }

    @Test
    void whatCmsSignerMakesIsIntactOverItsOwnContentOnly() {
        byte[] cms = CmsSigner.signDetached(SHEET, jane);
        assertEquals(new CmsVerification(true, jane.certificate(), null), CmsVerification.check(cms, SHEET));
        assertEquals(new CmsVerification(false, jane.certificate(), "its certificate signature does not match the sheet "
                        + "(message-digest attribute value does not match calculated value)"),
                CmsVerification.check(cms, "another sheet".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aCertificateForAnotherKeyUnderTheSignersNameAndSerialDoesNotMatch() throws Exception {
        X509Certificate made = jane.certificate();
        X509Certificate otherKey = MadeCertificates.certificate("CN=Jane Smith,O=Northgate College",
                MadeCertificates.keyPair().getPublic(), "CN=Jane Smith,O=Northgate College", jane.privateKey(),
                made.getSerialNumber(), new BasicConstraints(0), MadeCertificates.FROM);
        CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(SHEET), CmsSigner.signDetached(SHEET, jane));
        byte[] swapped = CMSSignedData.replaceCertificatesAndCRLs(signed,
                new JcaCertStore(List.of(otherKey)), null, null).getEncoded();
        assertEquals(new CmsVerification(false, otherKey,
                        "its certificate signature does not match the sheet: the sheet changed, or the seal was forged"),
                CmsVerification.check(swapped, SHEET));
    }

    @Test
    void bytesThatAreNoCmsCannotBeRead() {
        assertEquals(new CmsVerification(false, null, "its certificate signature cannot be read"),
                CmsVerification.check("not a signature".getBytes(StandardCharsets.UTF_8), SHEET));
    }

    @Test
    void aSignatureWithoutSignersIsRefused() throws Exception {
        assertEquals(new CmsVerification(false, null, "its certificate signature has 0 signers instead of one"),
                CmsVerification.check(generate(new CMSSignedDataGenerator(), true), SHEET));
    }

    @Test
    void aSignatureWithoutTheSignersCertificateIsRefused() throws Exception {
        byte[] cms = generate(signer("SHA256withECDSA", new DefaultSignedAttributeTableGenerator()), false);
        assertEquals(new CmsVerification(false, null,
                "its certificate signature does not include the signer's certificate"), CmsVerification.check(cms, SHEET));
    }

    @Test
    void aSignatureOverAnotherDigestThanSha256IsRefused() throws Exception {
        byte[] cms = generate(signer("SHA512withECDSA", new DefaultSignedAttributeTableGenerator()), true);
        assertEquals(new CmsVerification(false, jane.certificate(), "its certificate signature does not use SHA-256"),
                CmsVerification.check(cms, SHEET));
    }

    @Test
    void aSignatureThatNamesNoCertificateStandsOnTheOneItCarries() throws Exception {
        byte[] cms = generate(signer("SHA256withECDSA", new DefaultSignedAttributeTableGenerator()), true);
        assertEquals(new CmsVerification(true, jane.certificate(), null), CmsVerification.check(cms, SHEET));
    }

    private static byte[] namingCertificateAs(ASN1Encodable value) throws Exception {
        DefaultSignedAttributeTableGenerator standard = new DefaultSignedAttributeTableGenerator();
        return generate(signer("SHA256withECDSA", parameters -> standard.getAttributes(parameters)
                .add(PKCSObjectIdentifiers.id_aa_signingCertificateV2, value)), true);
    }

    @Test
    void aSignatureWhoseCertificateNameIsNoListIsRefused() throws Exception {
        assertEquals(new CmsVerification(false, jane.certificate(),
                        "its certificate signature names a different certificate from the one it carries"),
                CmsVerification.check(namingCertificateAs(new DERUTF8String("not a certificate id")), SHEET));
    }

    @Test
    void aSignatureWhoseCertificateNameIsAListOfSomethingElseIsRefused() throws Exception {
        assertEquals(new CmsVerification(false, jane.certificate(),
                        "its certificate signature names a different certificate from the one it carries"),
                CmsVerification.check(namingCertificateAs(new DERSequence(new DERUTF8String("no id"))), SHEET));
    }

    @Test
    void anotherCertificateForTheSameKeyCannotBeSwappedIn() throws Exception {
        X509Certificate made = jane.certificate();
        X509Certificate twin = MadeCertificates.certificate("CN=Jane Smith,O=Northgate College", made.getPublicKey(),
                "CN=Jane Smith,O=Northgate College", jane.privateKey(), made.getSerialNumber(), new BasicConstraints(0),
                MadeCertificates.FROM.plusSeconds(60));
        CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(SHEET), CmsSigner.signDetached(SHEET, jane));
        byte[] swapped = CMSSignedData.replaceCertificatesAndCRLs(signed,
                new JcaCertStore(List.of(twin)), null, null).getEncoded();
        assertEquals(new CmsVerification(false, twin,
                        "its certificate signature names a different certificate from the one it carries"),
                CmsVerification.check(swapped, SHEET));
    }

    @Test
    void aSignerCertificateWithAGarbledExtensionCannotBeRead() throws Exception {
        X509Certificate made = jane.certificate();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(made.getIssuerX500Principal(),
                made.getSerialNumber(), made.getNotBefore(), made.getNotAfter(), made.getSubjectX500Principal(),
                made.getPublicKey());
        builder.addExtension(Extension.basicConstraints, true, new byte[] {1, 2, 3});
        ContentSigner key = new JcaContentSignerBuilder("SHA256withECDSA").build(jane.privateKey());
        X509CertificateHolder garbled = builder.build(key);
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(jane.privateKey()), garbled));
        generator.addCertificates(new CollectionStore<>(List.of(garbled)));
        byte[] cms = generator.generate(new CMSProcessableByteArray(SHEET), false).getEncoded();

        assertEquals(new CmsVerification(false, null, "the signer's certificate cannot be read"),
                CmsVerification.check(cms, SHEET));
    }
}
