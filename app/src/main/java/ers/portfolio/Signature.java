package ers.portfolio;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * A signature on one line of a unit's record sheet.
 *
 * @param name    the signer's name as the sheet prints it (block capitals for the assessor)
 * @param drawing the drawn signature, or null when typed
 * @param typed   the typed signature, used when nothing was drawn
 * @param note    the signer's recorded reason where one is required (signing with criteria uncovered)
 * @param seal    what the signature vouches for; null only in files written before sealing
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Signature(Role role, String name, LocalDate date, Drawing drawing, String typed, String note,
                        Seal seal) {
}
