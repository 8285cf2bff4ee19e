package ers.spec;

/**
 * A unit offered to the user, and where it came from.
 *
 * @param location the resource or file it was read from, for messages
 */
public record CatalogEntry(UnitSpec spec, Origin origin, String location) {

    public enum Origin { BUNDLED, USER }
}
