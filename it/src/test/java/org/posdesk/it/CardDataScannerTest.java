package org.posdesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The scanner the card-data tests rely on: it must find what is there and only that. */
class CardDataScannerTest {

    // Luhn-valid test numbers of each brand the rule covers.
    private static final String VISA = "4111111111111111";
    private static final String UNIONPAY_19 = "6222020000000000000";
    private static final String AMEX = "378282246310005";
    private static final String MASTERCARD = "5500000000000004";

    @Test
    void luhnAcceptsIssuedNumbersAndRejectsAChangedDigit() {
        assertThat(CardDataScanner.luhnValid(VISA)).isTrue();
        assertThat(CardDataScanner.luhnValid(AMEX)).isTrue();
        assertThat(CardDataScanner.luhnValid(UNIONPAY_19)).isTrue();
        assertThat(CardDataScanner.luhnValid("4111111111111112")).isFalse();
        assertThat(CardDataScanner.luhnValid("4111111111111121")).isFalse(); // swapped neighbours
        assertThat(CardDataScanner.luhnValid("")).isFalse();
    }

    @Test
    void findsFullCardNumbersInText() {
        assertThat(CardDataScanner.findings("card=" + VISA + ";")).hasSize(1);
        assertThat(CardDataScanner.findings("The card was " + VISA + ".")).hasSize(1);
        assertThat(CardDataScanner.findings("<td>" + UNIONPAY_19 + "</td>")).hasSize(1);
        assertThat(CardDataScanner.findings("\"" + AMEX + "\",\"" + MASTERCARD + "\"")).hasSize(2);
        assertThat(CardDataScanner.findings("4111 1111 1111 1111")).hasSize(1);
        assertThat(CardDataScanner.findings("4111-1111-1111-1111")).hasSize(1);
    }

    @Test
    void findsTrackData() {
        assertThat(CardDataScanner.findings(";" + VISA + "=25121010000012300000?")).isNotEmpty();
        assertThat(CardDataScanner.findings(VISA + "D2512101")).isNotEmpty();
        assertThat(CardDataScanner.findings("%B" + VISA + "^ZHANG/SAN^2512101")).isNotEmpty();
        // The track's card number does not have to be Luhn-valid to count: the shape is the data.
        assertThat(CardDataScanner.findings(";1234567890123=2512")).isNotEmpty();
    }

    @Test
    void leavesMaskedCardsAndEverydayNumbersAlone() {
        assertThat(CardDataScanner.findings("622202******1234 411111******1111 6222 **** **** 0000")).isEmpty();
        assertThat(CardDataScanner.findings("rrn 777000000001 stan 000001 tid 12345678")).isEmpty(); // too short
        assertThat(CardDataScanner.findings("at 20261122194500123 or 1763840000000")).isEmpty(); // timestamps: 2, 1
        assertThat(CardDataScanner.findings("4111111111111112")).isEmpty(); // fails Luhn
        assertThat(CardDataScanner.findings("9" + VISA.substring(1))).isEmpty(); // no card brand starts with 9
        assertThat(CardDataScanner.findings("12" + VISA + "34")).isEmpty(); // inside a longer run
        assertThat(CardDataScanner.findings("sha256 a" + VISA + "f00d")).isEmpty(); // inside a hex hash
        assertThat(CardDataScanner.findings("4111 1111 1111")).isEmpty(); // three groups only
        // Floating-point noise in an SVG chart: 40000000000002 passes Luhn, but it is a fraction.
        assertThat(CardDataScanner.findings("<rect x=\"994.40000000000002\" width=\"4000000000000002.5\"/>"))
                .isEmpty();
    }

    @Test
    void aPagesViewStateIdIsNotData() {
        String page = "<form><input type=\"hidden\" name=\"jakarta.faces.ViewState\""
                + " id=\"j_id1:jakarta.faces.ViewState:0\""
                + " value=\"-" + VISA + ":" + MASTERCARD + "\" autocomplete=\"off\" /></form>";
        CardDataScanner.assertCleanPage("page", page);
        assertThatThrownBy(() -> CardDataScanner.assertCleanPage("page", page + "<td>" + AMEX + "</td>"))
                .hasMessageContaining("378282*****0005");
    }

    @Test
    void aFailureShowsTheNumberMaskedOnly() {
        assertThatThrownBy(() -> CardDataScanner.assertClean("page", "x " + VISA))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("411111******1111").hasMessageNotContaining(VISA);
    }

    @Test
    void readsEveryEntryOfAnXlsxAndACsvAsText() throws Exception {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(xlsx)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write("<c><v>1</v></c>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            zip.write(("<si><t>" + MASTERCARD + "</t></si>").getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> CardDataScanner.assertCleanFile("export.xlsx", xlsx.toByteArray()))
                .hasMessageContaining("sharedStrings");
        assertThatThrownBy(() -> CardDataScanner.assertCleanFile("export.csv",
                ("\uFEFFtid,card\r\n12345678," + AMEX + "\r\n").getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("378282*****0005");
        CardDataScanner.assertCleanFile("clean.csv", "\uFEFFtid,card\r\n12345678,622202******1234\r\n"
                .getBytes(StandardCharsets.UTF_8));
    }
}
