package io.veille.app.up;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class StatusPrinterTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void onAConsoleRewritesOneLineInPlaceAndBlanksWhatWasLonger() {
        StatusPrinter printer = new StatusPrinter(out, true, Duration.ofSeconds(5));

        printer.show("feeds 1/9 fetched, long text", 0);
        printer.show("feeds 2/9", 1);
        printer.finish("done");

        assertThat(printed()).isEqualTo("\rfeeds 1/9 fetched, long text" + "\rfeeds 2/9" + " ".repeat(19)
                + "\rdone     " + System.lineSeparator());
        assertThat(printed().chars().filter(c -> c == '\n').count()).as("one line on the terminal").isEqualTo(1);
    }

    @Test
    void elsewherePrintsPlainLinesOnlyWhenChangedAndNotMoreOftenThanTheInterval() {
        StatusPrinter printer = new StatusPrinter(out, false, Duration.ofSeconds(5));
        long second = 1_000_000_000L;

        printer.show("a", 0);
        printer.show("a", 6 * second);   // unchanged: nothing
        printer.show("b", 7 * second);   // changed, 7 s after the last line: printed
        printer.show("c", 8 * second);   // changed, but 1 s after the last line: held back
        printer.show("d", 13 * second);  // the latest status, once the interval has passed

        assertThat(printed().lines()).containsExactly("a", "b", "d");
        assertThat(printed()).doesNotContain("\r");
    }

    @Test
    void theFinalStatusIsPrintedAtOnceWhateverTheInterval() {
        StatusPrinter printer = new StatusPrinter(out, false, Duration.ofSeconds(5));

        printer.show("a", 0);
        printer.show("b", 1);
        printer.finish("c");

        assertThat(printed().lines()).containsExactly("a", "c");
    }
}
