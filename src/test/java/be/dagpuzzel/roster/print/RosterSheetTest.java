package be.dagpuzzel.roster.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.demo.DemoCentre;
import be.dagpuzzel.roster.DayBoard;
import be.dagpuzzel.roster.PlanBuilder;
import be.dagpuzzel.roster.rules.RosterRules;
import be.dagpuzzel.testing.TestStore;
import be.dagpuzzel.ui.Language;
import be.dagpuzzel.ui.Messages;

class RosterSheetTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;

    @Test
    void theNoticeBoardSheetListsEverySlotWithItsPeopleTheOpenPlacesAndWhoIsAway() throws Exception {
        AppServices services = TestStore.open(dir);
        try {
            services.demo().fill(FRIDAY);
            DayBoard board = services.roster().open(FRIDAY);
            var planned = new RosterRules(Duration.ofMillis(500)).autoPlan(PlanBuilder.build(board), () -> false, s -> { });
            services.roster().setAssignments(FRIDAY, PlanBuilder.assignments(planned));
            board = services.roster().open(FRIDAY);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new RosterSheet(new Messages(Language.DUTCH.locale(Locale.ROOT)))
                    .write(board, DemoCentre.NAME, LocalDateTime.of(2026, 11, 27, 8, 40), out);
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target", "roster-sheet-example.pdf"), out.toByteArray()); // to look at

            try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
                assertEquals(1, pdf.getNumberOfPages(), "one page for the notice board");
                String text = new PDFTextStripper().getText(pdf);
                assertTrue(text.contains(DemoCentre.NAME), text);
                assertTrue(text.contains("Dagplanning vrijdag 27 november 2026"), text);
                assertTrue(text.contains("Ronde 1 ochtend"), text);
                assertTrue(text.contains("07:30–09:30") || text.contains("07:30-09:30"), text);
                assertTrue(text.contains("Marc Claeys"), text);
                assertTrue(text.contains("open"), "the places nobody fills are marked: " + text);
                assertTrue(text.contains("Vandaag afwezig: Sofie Van Damme"), text);
                assertTrue(text.contains("Afgedrukt op 27/11/2026 08:40"), text);
                assertFalse(text.contains("Zorgkundige."), "no notes from the staff register on the sheet");
                assertFalse(text.contains("0472"), "no phone numbers on the sheet");
            }
        } finally {
            services.store().close();
        }
    }
}
