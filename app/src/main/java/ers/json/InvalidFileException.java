package ers.json;

import java.util.List;
import java.util.stream.Collectors;

/** A file that cannot be used as it is, with every problem found in it. */
public class InvalidFileException extends Exception {

    private final transient List<Problem> problems;

    public InvalidFileException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid file has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InvalidFileException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
