package ers.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class ArchivalMetadataTest {

    @Test
    void markupInATitleStaysTextInTheXmpPacket() {
        Calendar now = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        now.clear();
        now.set(2026, Calendar.DECEMBER, 2, 14, 30, 5);
        String packet = new String(ArchivalMetadata.xmp(new ArchivalMetadata.Description(
                "Jones & Sons <B13> \"draft\"\u0001", "Ann O'Neil", "F17"), now), StandardCharsets.UTF_8);
        assertTrue(packet.contains("Jones &amp; Sons &lt;B13&gt; &quot;draft&quot;</rdf:li>"), packet);
        assertTrue(packet.contains("<xmp:CreateDate>2026-12-02T14:30:05+00:00</xmp:CreateDate>"), packet);
        assertEquals("Jones &amp; x", ArchivalMetadata.escaped("Jones & x\u0000"));
    }
}
