package ers.samples;

import ers.portfolio.HistoryEntry;
import ers.portfolio.HistoryEntry.Action;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioReader;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.PortfolioWriter;
import ers.portfolio.Signature;
import ers.portfolio.seal.Certificates;
import ers.portfolio.seal.PersonalCertificate;
import ers.portfolio.seal.SheetSigning;
import ers.portfolio.seal.SignRequest;
import ers.portfolio.seal.SigningDates;
import ers.portfolio.seal.SigningKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Signs {@code samples/signed-team-leading.ers.json} again with the application's own signing,
 * each line on its own date (its history entry written at 16:00 UK time that day), so that the
 * sample's history is as honest as its seals. The key-signed assessor line of B13 gets a new key
 * each run; its certificate replaces {@code samples/sample-assessor.cer} and the key is thrown away.
 *
 * <pre>java -cp app/target/test-classes:app/target/classes:$(cat app/target/cp.txt) ers.samples.SignedSampleMaker samples</pre>
 */
public final class SignedSampleMaker {

    private static final LocalTime SIGNED_AT = LocalTime.of(16, 0);

    private SignedSampleMaker() {
    }

    public static void main(String[] args) throws Exception {
        Path samples = Path.of(args.length > 0 ? args[0] : "samples");
        Path file = samples.resolve("signed-team-leading.ers.json");
        Portfolio signed = PortfolioReader.read(file);
        Portfolio portfolio = signed.withUnits(signed.units().stream()
                .map(u -> u.withSignatures(List.of(), List.of())).toList());
        for (PortfolioUnit unit : signed.units()) {
            for (Signature signature : inSigningOrder(unit)) {
                Clock day = Clock.fixed(signature.date().atTime(SIGNED_AT).atZone(SigningDates.UK).toInstant(),
                        SigningDates.UK);
                SigningKey key = null;
                if (signature.seal() != null && signature.seal().keySigned()) {
                    key = PersonalCertificate.create("Helen Whitworth", "Calder Valley Training Partnership", day);
                    Files.write(samples.resolve("sample-assessor.cer"),
                            Certificates.pem(key.certificate()).getBytes(StandardCharsets.US_ASCII));
                }
                portfolio = new SheetSigning(day).sign(portfolio, unit.spec().id(), new SignRequest(signature.role(),
                        signature.name(), signature.date(), signature.drawing(), signature.typed(), signature.note(), key));
            }
        }
        PortfolioWriter.save(portfolio, file);
        System.out.println("signed again: " + file);
    }

    /** The signatures in the order the history says they were given. */
    private static List<Signature> inSigningOrder(PortfolioUnit unit) {
        List<Signature> order = new ArrayList<>();
        for (HistoryEntry entry : unit.history()) {
            if (entry.action() == Action.SIGNED) {
                unit.signature(entry.role()).filter(s -> !order.contains(s)).ifPresent(order::add);
            }
        }
        return order;
    }
}
