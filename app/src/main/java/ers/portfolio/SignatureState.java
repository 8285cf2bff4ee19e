package ers.portfolio;

/** Whether a line of a record sheet carries a signature that still stands. */
public enum SignatureState {
    /** Signed, and the sheet is as it was when signed. */
    VALID,
    /** Signed, but the sheet has changed since: the signature no longer stands. */
    VOID,
    /** Not signed. */
    ABSENT,
    /**
     * The history records the line signed, but the file holds no signature for it. Signatures are
     * replaced or voided, never removed, so someone with the file took it out.
     */
    MISSING
}
