package ers.sheet;

/** The two faces of the sheet's one font family. */
public enum Face {
    REGULAR, BOLD
}
