package ers.portfolio;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a signature vouches for: a digest of the canonical form of what it covers when it was
 * signed and, when the signer used a personal certificate, a CMS signature over that form.
 *
 * @param algorithm digest algorithm, {@code SHA-256}
 * @param digest    lower-case hex digest of the canonical form; the signature stands while it matches
 * @param history   how many entries of the unit's history there were when it was signed; the seal
 *                  covers those, so that the history before a signature cannot be rewritten unseen
 * @param parts     digests of the parts of the canonical form (the unit, each evidence row, ...), kept
 *                  only to tell what changed once the digest no longer matches; never to decide validity
 * @param cms       base64 DER CMS SignedData, detached, over the canonical form, with the signer's
 *                  certificate; null when the signature was not made with a certificate
 * @param form      which definition of the canonical form the digest is taken over; seals given
 *                  before format 2 name none and are {@link #FORM_1}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"form", "algorithm", "digest", "history", "parts", "cms"})
public record Seal(String algorithm, String digest, int history, Map<String, String> parts, String cms, String form) {

    public static final String SHA_256 = "SHA-256";
    public static final String FORM_1 = "ers-seal-1";
    public static final String FORM_2 = "ers-seal-2";

    public Seal {
        parts = parts == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(parts));
    }

    /** The form the digest was taken over. */
    public String formOrFirst() {
        return form == null ? FORM_1 : form;
    }

    public boolean keySigned() {
        return cms != null;
    }
}
