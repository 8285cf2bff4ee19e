package ers.portfolio;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;

/**
 * A candidate's portfolio: everything needed to print and check their record sheets, including a
 * copy of every unit specification used. The file format is {@code specs/portfolio.schema.json}.
 */
@JsonIgnoreProperties("$schema")
@JsonPropertyOrder({"format", "formatVersion"})
public record Portfolio(String format, int formatVersion, Candidate candidate, Centre centre, String qualification,
                        People people, List<AssessmentMethod> methods, List<PortfolioUnit> units) {

    /** Names the kind of file, so that a verifier who finds one knows what it is. */
    public static final String FORMAT = "evidence-record-portfolio";
    public static final int FORMAT_VERSION = 1;

    public Portfolio {
        people = people == null ? People.none() : people;
        methods = methods == null ? List.of() : List.copyOf(methods);
        units = units == null ? List.of() : List.copyOf(units);
    }

    public static Portfolio create(Candidate candidate, Centre centre, String qualification, List<PortfolioUnit> units) {
        return new Portfolio(FORMAT, FORMAT_VERSION, candidate, centre, qualification, People.none(),
                AssessmentMethod.defaults(), units);
    }

    public Optional<PortfolioUnit> unit(String specId) {
        return units.stream().filter(u -> u.spec().id().equals(specId)).findFirst();
    }

    public Optional<String> methodName(String code) {
        return methods.stream().filter(m -> m.code().equals(code)).map(AssessmentMethod::name).findFirst();
    }

    public Portfolio withUnits(List<PortfolioUnit> newUnits) {
        return new Portfolio(format, formatVersion, candidate, centre, qualification, people, methods, newUnits);
    }
}
