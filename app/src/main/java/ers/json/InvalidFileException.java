package ers.json;

import ers.text.Plural;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A file that cannot be used as it is, with every problem found in it (up to {@link #MAX_LISTED}). */
public class InvalidFileException extends Exception {

    /** A hostile file can have hundreds of thousands of problems; a person reads this many, fixes them, tries again. */
    public static final int MAX_LISTED = 100;

    private final transient List<Problem> problems;

    public InvalidFileException(List<Problem> problems) {
        this(listed(problems), true);
    }

    public InvalidFileException(Problem problem) {
        this(List.of(problem));
    }

    private InvalidFileException(List<Problem> listed, boolean isListed) {
        super(listed.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = listed;
    }

    /** The problems as the user is shown them: the first {@link #MAX_LISTED}, then how many more there are. */
    public List<Problem> problems() {
        return problems;
    }

    private static List<Problem> listed(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid file has at least one problem");
        }
        if (problems.size() <= MAX_LISTED) {
            return List.copyOf(problems);
        }
        List<Problem> listed = new ArrayList<>(problems.subList(0, MAX_LISTED));
        listed.add(Problem.whole(problems.get(0).file(), "and " + Plural.of(problems.size() - MAX_LISTED,
                "more problem", "more problems") + ", not listed; fix these and check the file again"));
        return List.copyOf(listed);
    }
}
