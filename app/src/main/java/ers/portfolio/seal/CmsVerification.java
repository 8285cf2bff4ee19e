package ers.portfolio.seal;

import ers.portfolio.UkDates;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * The outcome of checking a detached CMS signature against the content it should sign.
 *
 * @param intact  the signature verifies over exactly this content with the certificate it carries
 * @param signer  the certificate that signed, when one could be found (even if the check failed)
 * @param problem why it is not intact, in words for the user; null when intact
 */
public record CmsVerification(boolean intact, X509Certificate signer, String problem) {

    public static CmsVerification check(byte[] cms, byte[] content) {
        CMSSignedData signed;
        try (ASN1InputStream in = new ASN1InputStream(cms)) {
            // Reads the first DER object only: a PDF reserves more room than the CMS needs and pads it with zeros.
            signed = new CMSSignedData(new CMSProcessableByteArray(content), ContentInfo.getInstance(in.readObject()));
        } catch (CMSException | IOException | IllegalArgumentException | ClassCastException e) {
            return new CmsVerification(false, null, "its certificate signature cannot be read");
        }
        Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            return new CmsVerification(false, null, "its certificate signature has " + signers.size()
                    + " signers instead of one");
        }
        SignerInformation signer = signers.iterator().next();
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = signed.getCertificates().getMatches(signer.getSID());
        if (matches.isEmpty()) {
            return new CmsVerification(false, null, "its certificate signature does not include the signer's certificate");
        }
        X509CertificateHolder holder = matches.iterator().next();
        X509Certificate certificate = toX509(holder);
        if (certificate == null) {
            return new CmsVerification(false, null, "the signer's certificate cannot be read");
        }
        if (!NISTObjectIdentifiers.id_sha256.getId().equals(signer.getDigestAlgOID())) {
            return new CmsVerification(false, certificate, "its certificate signature does not use SHA-256");
        }
        String outOfDate = validityProblem(signer, certificate);
        if (outOfDate != null) {
            return new CmsVerification(false, certificate, outOfDate);
        }
        try {
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder))) {
                return new CmsVerification(false, certificate,
                        "its certificate signature does not match the sheet: the sheet changed, or the seal was forged");
            }
        } catch (CMSException e) {
            return new CmsVerification(false, certificate, "its certificate signature does not match the sheet ("
                    + e.getMessage() + ")");
        } catch (OperatorCreationException | CertificateException e) {
            return new CmsVerification(false, certificate, "its certificate signature cannot be checked ("
                    + e.getMessage() + ")");
        }
        if (!namesCertificate(signer, holder)) {
            return new CmsVerification(false, certificate,
                    "its certificate signature names a different certificate from the one it carries");
        }
        return new CmsVerification(true, certificate, null);
    }

    /**
     * A certificate vouches for a key only while it is valid, so it is judged at the time the
     * signature says it was made (its signed signing-time attribute): an expired certificate cannot
     * make a new signature look trusted, and one that signed in time stays good after it expires.
     */
    private static String validityProblem(SignerInformation signer, X509Certificate certificate) {
        Attribute attribute = signer.getSignedAttributes() == null ? null
                : signer.getSignedAttributes().get(CMSAttributes.signingTime);
        Date signedAt;
        try {
            signedAt = attribute == null ? null : Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate();
        } catch (IllegalArgumentException | IllegalStateException e) {
            signedAt = null;
        }
        if (signedAt == null) {
            return "its certificate signature says no time of signing, so its certificate cannot be judged at that time";
        }
        String when = UkDates.format(signedAt.toInstant().atZone(ZoneOffset.UTC).toLocalDate());
        try {
            certificate.checkValidity(signedAt);
            return null;
        } catch (CertificateExpiredException e) {
            return "its certificate had expired when it signed on " + when + " (valid " + validity(certificate) + ")";
        } catch (CertificateNotYetValidException e) {
            return "its certificate was not yet valid when it signed on " + when + " (valid " + validity(certificate) + ")";
        }
    }

    private static String validity(X509Certificate certificate) {
        return "from " + UkDates.format(certificate.getNotBefore().toInstant().atZone(ZoneOffset.UTC).toLocalDate())
                + " to " + UkDates.format(certificate.getNotAfter().toInstant().atZone(ZoneOffset.UTC).toLocalDate());
    }

    /** The signing-certificate-v2 attribute, when present, must hash to the certificate used. */
    private static boolean namesCertificate(SignerInformation signer, X509CertificateHolder holder) {
        if (signer.getSignedAttributes() == null) {
            return true;
        }
        Attribute attribute = signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attribute == null) {
            return true;
        }
        try {
            SigningCertificateV2 named = SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0));
            if (named == null) {
                // BouncyCastle answers a value that is no sequence with null, not an exception.
                return false;
            }
            byte[] hash = Sha256.of(holder.getEncoded());
            for (ESSCertIDv2 id : named.getCerts()) {
                if (NISTObjectIdentifiers.id_sha256.equals(id.getHashAlgorithm().getAlgorithm())
                        && Arrays.equals(id.getCertHash(), hash)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static X509Certificate toX509(X509CertificateHolder holder) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(holder.getEncoded()));
        } catch (GeneralSecurityException | IOException e) {
            return null;
        }
    }
}
