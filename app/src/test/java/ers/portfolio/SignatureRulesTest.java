package ers.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ers.json.InvalidFileException;
import ers.json.JsonConfig;
import ers.json.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A line of a sheet carries one signature; a file with two on a line is refused, naming the line as the sheet prints it. */
class SignatureRulesTest {

    private static final Path SIGNED = Path.of(System.getProperty("ers.repo", ".."), "samples/signed-team-leading.ers.json");

    @Test
    void aLineSignedTwiceIsRefusedNamingTheLineInWords() throws Exception {
        ObjectNode tree = (ObjectNode) JsonConfig.mapper().readTree(SIGNED.toFile());
        ArrayNode signatures = tree.withArray("units").get(0).withArray("signatures");
        assertEquals("internalVerifier", signatures.get(2).path("role").asText());
        signatures.add(signatures.get(2).deepCopy());
        byte[] json = JsonConfig.mapper().writeValueAsBytes(tree);

        InvalidFileException e = assertThrows(InvalidFileException.class, () -> PortfolioReader.parse("signed.ers.json", json));

        assertEquals(List.of("/units/0/signatures/4/role (unit F17): the internal verifier line is signed twice; "
                + "a line carries one signature, so this file cannot say which of the two stands"),
                e.problems().stream().map(Problem::message).toList());
    }

    @Test
    void aRoleIsFoundByTheNameFilesUseAndByNoOther() {
        assertEquals(Optional.of(Role.COUNTERSIGNING_ASSESSOR), Role.byKey("countersigningAssessor"));
        assertEquals(Optional.of(Role.CANDIDATE), Role.byKey("candidate"));
        assertEquals(Optional.empty(), Role.byKey("Countersigning assessor"));
    }
}
