package ers.portfolio;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Seal(String algorithm, String digest, int history, Map<String, String> parts, String cms) {

    public static final String SHA_256 = "SHA-256";

    public Seal {
        parts = parts == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(parts));
    }

    public boolean keySigned() {
        return cms != null;
    }
}
