package ers.portfolio;

/**
 * Who assesses and verifies this portfolio. Countersigners are needed only when the assessor or
 * verifier is not qualified; any of them may be absent (null) until known.
 */
public record People(Person assessor, Person countersigningAssessor, Person internalVerifier,
                     Person countersigningVerifier) {

    public static People none() {
        return new People(null, null, null, null);
    }

    public boolean needsAssessorCountersignature() {
        return assessor != null && !assessor.qualified();
    }

    public boolean needsVerifierCountersignature() {
        return internalVerifier != null && !internalVerifier.qualified();
    }
}
