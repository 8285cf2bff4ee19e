package ers.portfolio;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a signature vouches for: a digest of the sheet's canonical form when it was signed and,
 * when the signer used a personal certificate, a CMS signature over that digest.
 *
 * @param algorithm digest algorithm, {@code SHA-256}
 * @param digest    lower-case hex digest of the canonical sheet
 * @param cms       base64 DER CMS SignedData (with the signer's certificate), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Seal(String algorithm, String digest, String cms) {
}
