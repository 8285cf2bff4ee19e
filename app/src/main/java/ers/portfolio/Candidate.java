package ers.portfolio;

/** The learner whose portfolio this is. {@code number} is the awarding body's candidate number. */
public record Candidate(String name, String number) {
}
