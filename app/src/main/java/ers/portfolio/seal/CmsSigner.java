package ers.portfolio.seal;

import java.io.IOException;
import java.io.InputStream;
import java.security.cert.CertificateEncodingException;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Makes detached CMS SignedData (RFC 5652) with SHA-256, the signer's certificate chain and the
 * signing-certificate-v2 attribute that CAdES (ETSI EN 319 122) and PAdES require, so that the same
 * signature serves a seal and a PDF.
 */
public final class CmsSigner {

    private CmsSigner() {
    }

    public static byte[] signDetached(byte[] content, SigningKey key) {
        return sign(new CMSProcessableByteArray(content), key);
    }

    public static byte[] signDetached(InputStream content, SigningKey key) throws IOException {
        return signDetached(content.readAllBytes(), key);
    }

    private static byte[] sign(CMSTypedData content, SigningKey key) {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(
                            new AttributeTable(signingCertificate(key))))
                    .build(new JcaContentSignerBuilder(signatureAlgorithm(key)).build(key.privateKey()),
                            key.certificate()));
            generator.addCertificates(new JcaCertStore(key.chain()));
            return generator.generate(content, false).getEncoded();
        } catch (OperatorCreationException | CMSException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot sign with this key: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode the signature", e);
        }
    }

    /** Binds the signature to this certificate, so that another certificate for the same key cannot be swapped in. */
    private static ASN1EncodableVector signingCertificate(SigningKey key) throws CertificateEncodingException {
        byte[] hash = Sha256.of(key.certificate().getEncoded());
        ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash);
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(id))));
        return attributes;
    }

    private static String signatureAlgorithm(SigningKey key) {
        return switch (key.privateKey().getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> throw new IllegalArgumentException("keys of type " + key.privateKey().getAlgorithm()
                    + " are not supported; use an RSA or EC key");
        };
    }
}
