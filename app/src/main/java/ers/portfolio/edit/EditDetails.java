package ers.portfolio.edit;

import ers.portfolio.Candidate;
import ers.portfolio.Centre;
import ers.portfolio.People;
import ers.portfolio.Portfolio;

/** Changes who the portfolio is for and who assesses it: candidate, centre, qualification, people. */
public record EditDetails(Candidate candidate, Centre centre, String qualification, People people) implements Edit {

    @Override
    public Portfolio applyTo(Portfolio p) throws EditRefused {
        if (candidate.name() == null || candidate.name().isBlank()) {
            throw new EditRefused("the candidate needs a name");
        }
        if (centre.name() == null || centre.name().isBlank()) {
            throw new EditRefused("the centre needs a name");
        }
        if (qualification == null || qualification.isBlank()) {
            throw new EditRefused("the qualification needs a title");
        }
        return new Portfolio(p.format(), p.formatVersion(), candidate, centre, qualification, people, p.methods(),
                p.evidence(), p.units());
    }

    @Override
    public String description() {
        return "edit candidate and centre";
    }
}
