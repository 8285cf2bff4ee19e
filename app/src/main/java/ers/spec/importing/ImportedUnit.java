package ers.spec.importing;

import ers.spec.UnitSpec;
import java.util.List;

/**
 * A unit as the importer read it, for the user to check before it is saved: every repair it
 * made is one of the unit's transcription notes, and every field it could not find is listed.
 *
 * @param spec     the unit read; a field not found is null ({@code code} and {@code id} too, when
 *                 the text gives no unit number), and title, level, credit value and guided
 *                 learning hours not found carry the reason "not found in ..." as unknown values
 * @param notFound the fields not found, in words: {@code level}, {@code unit code}, ...
 */
public record ImportedUnit(UnitSpec spec, List<String> notFound) {

    public ImportedUnit {
        notFound = List.copyOf(notFound);
    }
}
