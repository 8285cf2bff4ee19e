package ers.portfolio.progress;

/** How far a unit's criteria are covered: red, amber or green at a glance. */
public enum Coverage {
    NO_EVIDENCE("No evidence"), IN_PROGRESS("In progress"), ALL_COVERED("All covered");

    private final String label;

    Coverage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Coverage of(int covered, int criteria) {
        if (covered == 0) {
            return NO_EVIDENCE;
        }
        return covered < criteria ? IN_PROGRESS : ALL_COVERED;
    }
}
