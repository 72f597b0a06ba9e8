package be.dagpuzzel.exchange.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import be.dagpuzzel.ui.Messages;

/** Reading CSV as spreadsheets write it: separators, quotes, byte order marks and line ends. */
class CsvParserTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    private static CsvTable parse(String text) throws CsvRefusedException {
        return CsvParser.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String refusal(String text) {
        CsvRefusedException e = assertThrows(CsvRefusedException.class, () -> parse(text));
        return e.problems().getFirst().describe(ENGLISH);
    }

    @Test
    void semicolonsAsExcelInBelgiumWritesThem() throws Exception {
        CsvTable table = parse("Voornaam;Familienaam;Gemeente\r\nAndré;Van Damme;Lindegem\r\nMaria;Peeters;Wildert\r\n");
        assertEquals(';', table.separator());
        assertEquals(List.of("Voornaam", "Familienaam", "Gemeente"), table.header());
        assertEquals(2, table.rows().size());
        assertEquals(List.of("André", "Van Damme", "Lindegem"), table.rows().get(0).cells());
        assertEquals(2, table.rows().get(0).line());
        assertEquals(3, table.rows().get(1).line());
    }

    @Test
    void commasAndTabsAreFoundFromTheHeaderLine() throws Exception {
        CsvTable commas = parse("First name,Last name,Days\nAnna,Janssens,\"Mon, Wed\"\n");
        assertEquals(',', commas.separator());
        assertEquals("Mon, Wed", commas.rows().getFirst().cell(2));
        CsvTable tabs = parse("First name\tLast name\nAnna\tJanssens\n");
        assertEquals('\t', tabs.separator());
        assertEquals("Janssens", tabs.rows().getFirst().cell(1));
    }

    @Test
    void aSeparatorInsideQuotesInTheHeaderDoesNotCount() throws Exception {
        CsvTable table = parse("\"Naam, voornaam\";Postcode\n\"Peeters, Jan\";9000\n");
        assertEquals(';', table.separator());
        assertEquals("Naam, voornaam", table.header().getFirst());
    }

    @Test
    void quotedFieldsHoldSeparatorsQuotesAndLineBreaks() throws Exception {
        CsvTable table = parse("Name;Note;Town\r\n"
                + "Jan;\"Ring; wait \"\"a bit\"\"\r\nthen knock\";Gent\r\n"
                + "Piet;plain;Aalst\r\n");
        assertEquals("Ring; wait \"a bit\"\nthen knock", table.rows().get(0).cell(1));
        assertEquals("Gent", table.rows().get(0).cell(2));
        assertEquals(2, table.rows().get(0).line());
        assertEquals(4, table.rows().get(1).line(), "the line the row starts on, after the note's line break");
    }

    @Test
    void aByteOrderMarkIsSkippedWithAnyLineEnd() throws Exception {
        for (String end : new String[] {"\r\n", "\n", "\r"}) {
            CsvTable table = parse("\uFEFFVoornaam;Postcode" + end + "Jan;9000" + end + "Piet;9300");
            assertEquals("Voornaam", table.header().getFirst(), "no BOM in the first header with " + end.length());
            assertEquals(List.of("Piet", "9300"), table.rows().get(1).cells());
            assertEquals(3, table.rows().get(1).line());
        }
    }

    @Test
    void excelsSepLineNamesTheSeparator() throws Exception {
        CsvTable table = parse("sep=,\r\nName,Town;with semicolon\r\nJan,Gent;Oost\r\n");
        assertEquals(',', table.separator());
        assertEquals("Gent;Oost", table.rows().getFirst().cell(1));
        assertEquals(3, table.rows().getFirst().line());
    }

    @Test
    void emptyRowsAndTrailingSeparatorsAreLeftOut() throws Exception {
        CsvTable table = parse("Voornaam;Familienaam;;\r\nJan;Peeters;;\r\n;;;\r\n\r\nPiet;Claes;;\r\n");
        assertEquals(List.of("Voornaam", "Familienaam"), table.header());
        assertEquals(2, table.rows().size());
        assertEquals(List.of("Piet", "Claes"), table.rows().get(1).cells());
        assertEquals(5, table.rows().get(1).line());
    }

    @Test
    void brokenFilesAreRefusedWithTheirLine() {
        assertEquals("Line 3: a quote (\") opens a field here but is never closed, so the rest of the file would be one"
                + " field. Add the closing quote.", refusal("A;B\nx;y\n\"open;z\nmore;lines\n"));
        assertTrue(refusal("A;B;C\nx;y;z\nx;y\n").startsWith("Line 3: has 2 fields where the header has 3."));
        assertTrue(refusal("A;B\nx;y;z\n").startsWith("Line 2: has 3 fields where the header has 2."));
        assertTrue(refusal("A;B\n\"x\"y;z\n").startsWith("Line 2: field 1 has text after its closing quote."));
        assertEquals("The file is empty.", refusal(""));
        assertEquals("The file is empty.", refusal("\uFEFF\r\n  \r\n"));
        assertEquals("The file has a header line but no rows below it.", refusal("Voornaam;Familienaam\r\n"));
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirLine() {
        byte[] windows = "Voornaam;Familienaam\r\nJan;Peeters\r\nAndré;Dubois\r\n".getBytes(Charset.forName("windows-1252"));
        CsvRefusedException e = assertThrows(CsvRefusedException.class, () -> CsvParser.parse(windows));
        String text = e.problems().getFirst().describe(ENGLISH);
        assertTrue(text.startsWith("Line 3: this line holds characters that are not UTF-8"), text);
        assertTrue(text.contains("CSV UTF-8 (comma delimited)"), text);
    }

    @Test
    void manyBrokenRowsAreCountedNotAllListed() {
        StringBuilder text = new StringBuilder("A;B\n");
        for (int i = 0; i < 70; i++) {
            text.append("only one\n");
        }
        CsvRefusedException e = assertThrows(CsvRefusedException.class, () -> parse(text.toString()));
        assertEquals(CsvParser.MAX_PROBLEMS + 1, e.problems().size());
        assertEquals("… and 20 more lines with problems.", e.problems().getLast().describe(ENGLISH));
    }
}
