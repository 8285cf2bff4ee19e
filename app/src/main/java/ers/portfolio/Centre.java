package ers.portfolio;

/** The approved centre that assesses the candidate, with its awarding-body centre number. */
public record Centre(String name, String number) {
}
