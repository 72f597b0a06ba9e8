package be.dagpuzzel.transport.print;

import static be.dagpuzzel.transport.print.RouteSheetExamples.FRIDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import be.dagpuzzel.transport.MobilityAid;
import be.dagpuzzel.transport.RunDirection;
import be.dagpuzzel.ui.Language;
import be.dagpuzzel.ui.Messages;

class RouteSheetTest {

    private static final Messages DUTCH = new Messages(Language.DUTCH.locale(Locale.ROOT));
    private static final Messages ENGLISH = new Messages(Language.ENGLISH.locale(Locale.ROOT));
    private static final LocalDateTime PRINTED = LocalDateTime.of(2026, 11, 27, 6, 50);
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private static byte[] pdf(Messages messages, List<RouteSheetData> sheets, boolean largePrint) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RouteSheet(messages).write(sheets, largePrint, PRINTED, out);
        return out.toByteArray();
    }

    /** The text of each page, in the order it was written, every run of white space one space. */
    private static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                // a cell may wrap a line after a hyphen ("Sint-" / "Denijs-Westrem"): join those again
                pages.add(stripper.getText(document).replaceAll("\\s+", " ").replace("- ", "-"));
            }
            return pages;
        }
    }

    private static String text(byte[] pdf) throws IOException {
        return String.join(" ", pages(pdf));
    }

    /**
     * Each stop's row starts with number, time, name and {@code afterName} (address, or phone and
     * address in large print), in the given order, and its note lies before the next stop's row.
     */
    private static void assertStopsInOrder(String text, List<SheetStop> stops, boolean largePrint) {
        List<Integer> rows = new ArrayList<>();
        for (SheetStop stop : stops) {
            String row = stop.number() + " " + stop.plannedTime().format(HH_MM) + " " + stop.name() + " "
                    + (largePrint && !stop.phone().isEmpty() ? stop.phone() + " " : "") + stop.address();
            int at = text.indexOf(row, rows.isEmpty() ? 0 : rows.getLast() + 1);
            assertTrue(at >= 0, "stop " + stop.number() + " (" + row + ") after the one before it in: " + text);
            rows.add(at);
        }
        for (int i = 0; i < stops.size(); i++) {
            String note = stops.get(i).driverNote();
            if (!note.isEmpty()) {
                int at = text.indexOf(note, rows.get(i));
                int next = i + 1 < rows.size() ? rows.get(i + 1) : text.length();
                assertTrue(at > rows.get(i) && at < next, "the note of stop " + (i + 1) + " in its row: " + text);
            }
        }
    }

    @Test
    void theDriverFindsEveryStopInOrderWithTimeAddressAndNoteAndTheRunsFacts() throws IOException {
        RouteSheetData run = RouteSheetExamples.morning();
        byte[] pdf = pdf(DUTCH, List.of(run), false);
        Files.createDirectories(Path.of("target", "route-sheets"));
        Files.write(Path.of("target", "route-sheets", "morning-nl.pdf"), pdf); // to look at

        List<String> pages = pages(pdf);
        assertEquals(1, pages.size(), "twelve stops fit on one page");
        String text = pages.get(0);
        assertTrue(text.contains("Ronde 1 — Ophaalrit ’s ochtends"), text);
        assertTrue(text.contains("vrijdag 27 november 2026"), text);
        assertTrue(text.contains("Bus 1 (lift) (1-KFB-276)"), text);
        assertTrue(text.contains("Chauffeur Marc Claeys"), text);
        assertTrue(text.contains("Begeleider Els Vermeulen"), text);
        assertTrue(text.contains("Vertrek 07:20"), text);
        assertTrue(text.contains("Aankomst centrum 09:00"), text);
        for (String heading : List.of("Nr Uur Naam Adres Telefoon Hulpmiddel Laden (min) Tot aan de deur Opmerking",
                "Opgehaald Afwezig Werkelijk uur", "Km bij vertrek", "Km bij aankomst", "Handtekening chauffeur")) {
            assertTrue(text.contains(heading), heading + " in " + text);
        }
        assertStopsInOrder(text, run.stops(), false);
        assertTrue(text.contains("2 07:44 Jozef Van den Broeck Grote Steenweg 211 bus 3, 9840 De Pinte 0475 12 34 56 "
                + "Rolstoel (blijft erin zitten) 6 ja bellen en wachten"), "the whole row of a wheelchair stop: " + text);
        assertTrue(text.contains("3 07:51 Germaine De Smet Leliestraat 3, 9830 Sint-Martens-Latem 09 282 77 10 1 4 07:58"),
                "no aid, no door help and no note leave their cells blank, not 'Geen' or 'nee': " + text);
        assertFalse(text.contains("Geen"), text);
        assertTrue(text.contains("Vandaag niet mee: Rosa Hermans, Frans Dewulf"), text);
        assertTrue(text.contains("Afgedrukt op 27/11/2026 06:50"), text);
        assertTrue(text.contains("Blad 1 van 1"), text);
    }

    @Test
    void nobodyAssignedIsALineToWriteOnNotTheWordNull() throws IOException {
        RouteSheetData evening = RouteSheetExamples.evening();
        RouteSheetData nobody = new RouteSheetData(evening.date(), evening.centreName(), evening.runName(),
                evening.direction(), evening.vehicleName(), evening.vehiclePlate(), "", null, evening.departure(),
                null, evening.stops(), List.of());
        String text = text(pdf(DUTCH, List.of(nobody), false));
        assertFalse(text.contains("null"), text);
        assertFalse(text.contains("Marc Claeys"), text);
        assertTrue(text.contains("Chauffeur Voertuig Bus 1 (lift) (1-KFB-276) Vertrek 16:00 Begeleider Aankomst laatste halte Nr"),
                "labels with empty answers: " + text);
        assertTrue(text.contains("Vandaag niet mee: niemand"), text);
    }

    @Test
    void anEveningRunSaysDroppedOffAndArrivalAtTheLastStop() throws IOException {
        RouteSheetData run = RouteSheetExamples.evening();
        String text = text(pdf(DUTCH, List.of(run), false));
        assertTrue(text.contains("Ronde 1 — Terugrit ’s avonds"), text);
        assertTrue(text.contains("Afgezet Afwezig"), text);
        assertTrue(text.contains("Begeleider Aankomst laatste halte 17:40"), "no companion: an empty line, no name: " + text);
        assertStopsInOrder(text, run.stops(), false);
        assertTrue(text.indexOf("Lucien Goossens") < text.indexOf("Maria Claes"), "nearest first, as given");
    }

    @Test
    void inEnglishTheHeadingsAndDatesAreEnglish() throws IOException {
        RouteSheetData run = RouteSheetExamples.morning();
        String text = text(pdf(ENGLISH, List.of(run), false));
        assertTrue(text.contains("Ronde 1 — Morning pick-up"), text);
        assertTrue(text.contains(ENGLISH.longDate(FRIDAY)), text);
        assertTrue(ENGLISH.longDate(FRIDAY).startsWith("Friday"));
        for (String heading : List.of("Vehicle", "Driver Marc Claeys", "Companion Els Vermeulen", "Departure 07:20",
                "Arrival at the centre 09:00", "No. Time Name Address Phone Mobility aid Load (min) Door to door Note",
                "Picked up Absent Actual time", "Km at start", "Km at end", "Driver’s signature",
                "Not coming today: Rosa Hermans, Frans Dewulf", "Printed on 27/11/2026 06:50", "Sheet 1 of 1",
                "Wheelchair (stays seated in it) 6 yes")) {
            assertTrue(text.contains(heading), heading + " in " + text);
        }
        assertFalse(text.contains("Ophaalrit") || text.contains("Chauffeur") || text.contains("Opgehaald"), text);
        assertStopsInOrder(text, run.stops(), false);
    }

    @Test
    void largePrintKeepsTheSameStopsInOrderInTypeOfAtLeast14Points() throws IOException {
        RouteSheetData run = RouteSheetExamples.morning();
        byte[] pdf = pdf(DUTCH, List.of(run), true);
        String text = text(pdf);
        assertStopsInOrder(text, run.stops(), true);
        assertTrue(text.contains("Rolstoel (blijft erin zitten) Hulp tot aan de deur bellen en wachten"), text);
        assertTrue(text.contains("Marc Claeys") && text.contains("Els Vermeulen"), text);
        assertTrue(text.contains("Vandaag niet mee: Rosa Hermans, Frans Dewulf"), text);
        assertTrue(text.contains("Opgehaald Afwezig"), text);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            assertTrue(page.getMediaBox().getWidth() > page.getMediaBox().getHeight(), "landscape");
            assertTrue(document.getNumberOfPages() <= 2, "twelve stops on at most two pages");
            float footerTop = 40; // the bottom margin: only the small "printed on" footer lies below it
            float[] smallest = {Float.MAX_VALUE};
            List<String> small = new ArrayList<>();
            PDFTextStripper sizes = new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        if (page.getMediaBox().getHeight() - p.getYDirAdj() > footerTop && !p.getUnicode().isBlank()) {
                            smallest[0] = Math.min(smallest[0], p.getFontSizeInPt());
                            if (p.getFontSizeInPt() < 14) {
                                small.add(string);
                            }
                        }
                    }
                }
            };
            sizes.getText(document);
            assertTrue(smallest[0] >= 14, "smallest body type " + smallest[0] + " pt in " + small);
        }
    }

    @Test
    void thirtyStopsContinueOnANextPageWithTheHeadingsAndTheRunRepeated() throws IOException {
        for (boolean large : new boolean[] {false, true}) {
            RouteSheetData run = RouteSheetExamples.numbered("Ronde 3", 30);
            List<String> pages = pages(pdf(DUTCH, List.of(run), large));
            assertTrue(pages.size() >= 2, "30 stops span pages (large " + large + ")");
            String text = String.join(" ", pages);
            assertStopsInOrder(text, run.stops(), large);
            for (int i = 0; i < pages.size(); i++) {
                String page = pages.get(i);
                assertTrue(!page.contains("Deelnemer") || page.contains("Nr Uur Naam"),
                        "column headings above the stops on page " + (i + 1) + ": " + page);
                assertTrue(page.contains("Blad " + (i + 1) + " van " + pages.size()), page);
                if (i > 0) {
                    assertTrue(page.contains("Ronde 3 — Ophaalrit ’s ochtends — vrijdag 27 november 2026 (vervolg)"),
                            page);
                }
            }
            assertFalse(pages.get(0).contains("(vervolg)"), pages.get(0));
            assertTrue(text.indexOf("Handtekening chauffeur") > text.indexOf("Deelnemer 30"), "the signature at the end");
        }
    }

    @Test
    void everyRunStartsOnItsOwnPageWithItsOwnPageCount() throws IOException {
        List<RouteSheetData> runs = List.of(RouteSheetExamples.morning(), RouteSheetExamples.numbered("Ronde 2", 30),
                RouteSheetExamples.evening());
        List<String> pages = pages(pdf(DUTCH, runs, false));
        assertTrue(pages.size() >= 4, "one page, two or more, one");
        assertTrue(pages.get(0).contains("Ronde 1 — Ophaalrit") && pages.get(0).contains("Blad 1 van 1"), pages.get(0));
        assertTrue(pages.get(1).contains("Ronde 2 — Ophaalrit") && pages.get(1).contains("Blad 1 van " + (pages.size() - 2)),
                pages.get(1));
        String last = pages.get(pages.size() - 1);
        assertTrue(last.contains("Ronde 1 — Terugrit") && last.contains("Blad 1 van 1"), last);
        assertFalse(last.contains("Deelnemer"), last);
    }

    @Test
    void lettersTheFontLacksPrintAsTheirBaseLetterInsteadOfVanishing() throws IOException {
        RouteSheetData run = new RouteSheetData(FRIDAY, RouteSheetExamples.CENTRE, "Ronde 5", RunDirection.EVENING,
                "Bus 1", "1-KFB-276", "Marc Claeys", "Şükrü Öztürk", LocalTime.of(16, 0), LocalTime.of(16, 30),
                List.of(RouteSheetExamples.stop(1, "16:10", "Ayşe Yılmaz", "Kerkstraat 1, 9000 Gent", "", MobilityAid.NONE,
                        1, false, "zoon Łukasz opent")),
                List.of("Zoë D’Hondt", "Đorđe Petrović"));
        for (boolean large : new boolean[] {false, true}) {
            String text = text(pdf(DUTCH, List.of(run), large));
            for (String expected : List.of("Ayse Yilmaz", "zoon Lukasz opent", "Begeleider Sükrü Öztürk",
                    "Vandaag niet mee: Zoë D’Hondt, Dorde Petrovic")) {
                assertTrue(text.contains(expected), expected + " in " + text);
            }
        }
    }

    @Test
    void aRunWithoutStopsSaysSo() throws IOException {
        RouteSheetData empty = new RouteSheetData(FRIDAY, RouteSheetExamples.CENTRE, "Ronde 4", RunDirection.MORNING,
                "Bus 3", "1-XYZ-999", "Marc Claeys", "", LocalTime.of(7, 30), LocalTime.of(7, 30), List.of(),
                List.of("Rosa Hermans"));
        for (boolean large : new boolean[] {false, true}) {
            List<String> pages = pages(pdf(DUTCH, List.of(empty), large));
            assertEquals(1, pages.size());
            assertTrue(pages.get(0).contains("Ronde 4 — Ophaalrit"), pages.get(0));
            assertTrue(pages.get(0).contains("Deze rit heeft geen haltes."), pages.get(0));
            assertTrue(pages.get(0).contains("Vandaag niet mee: Rosa Hermans"), pages.get(0));
        }
        assertTrue(text(pdf(ENGLISH, List.of(empty), false)).contains("This run has no stops."));
    }

    @Test
    void noRunsAtAllIsOneValidPageThatSaysSo() throws IOException {
        for (boolean large : new boolean[] {false, true}) {
            List<String> dutch = pages(pdf(DUTCH, List.of(), large));
            assertEquals(1, dutch.size());
            assertTrue(dutch.get(0).contains("Er zijn geen ritten om af te drukken."), dutch.get(0));
            assertTrue(dutch.get(0).contains("Afgedrukt op 27/11/2026 06:50"), dutch.get(0));
            List<String> english = pages(pdf(ENGLISH, List.of(), large));
            assertEquals(1, english.size());
            assertTrue(english.get(0).contains("There are no runs to print."), english.get(0));
        }
    }
}
