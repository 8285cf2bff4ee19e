package ers.spec;

import ers.json.InvalidFileException;
import java.nio.charset.StandardCharsets;

/** A small valid unit as a centre might write it; tests break it in known places (line numbers matter). */
public final class SmallUnit {

    public static final String JSON = """
            {
              "formatVersion": 1,
              "id": "centre-u1",
              "code": "U1",
              "title": "Lead a team briefing",
              "level": 3,
              "creditValue": 4,
              "expiryDate": null,
              "learningOutcomes": [
                {
                  "number": 1,
                  "title": "Be able to brief a team",
                  "criteria": [
                    { "number": "1.1", "text": "Prepare the briefing" },
                    { "number": "1.2", "text": "Check the team understood" }
                  ]
                }
              ]
            }
            """;

    private SmallUnit() {
    }

    public static UnitSpec parse(String json) throws InvalidFileException {
        return UnitSpecReader.parse("small-unit.json", json.getBytes(StandardCharsets.UTF_8));
    }
}
