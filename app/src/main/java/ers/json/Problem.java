package ers.json;

/**
 * One thing wrong with one file, located as precisely as the file allows: a line and column
 * where the text says where, otherwise a JSON Pointer to the field.
 *
 * @param file    the file as the user named it
 * @param line    1-based line, or 0 when unknown
 * @param column  1-based column, or 0 when unknown
 * @param path    JSON Pointer of the offending value ("" for the whole document)
 * @param message what is wrong, in words a user can act on
 */
public record Problem(String file, int line, int column, String path, String message) {

    public static Problem whole(String file, String message) {
        return new Problem(file, 0, 0, "", message);
    }

    /**
     * {@code FILE:LINE:COLUMN: message}, or {@code FILE: at PATH: message} without a line; always
     * one line, whatever the file's name or the text the message quotes from it.
     */
    @Override
    public String toString() {
        String file = Printable.name(this.file);
        String message = Printable.text(this.message);
        if (line > 0) {
            return file + ":" + line + ":" + column + ": " + message;
        }
        if (path.isEmpty()) {
            return file + ": " + message;
        }
        return file + ": at " + Printable.text(path) + ": " + message;
    }
}
