package be.dagpuzzel.progress.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.progress.CoachingNote;
import be.dagpuzzel.progress.ProgressRepository;
import be.dagpuzzel.progress.ProgressService;
import be.dagpuzzel.progress.print.ReportCharts;
import be.dagpuzzel.progress.print.ReportPeriod;
import be.dagpuzzel.staff.Programme;
import be.dagpuzzel.staff.StaffMember;
import be.dagpuzzel.staff.StaffProfile;
import be.dagpuzzel.testing.TestStore;
import be.dagpuzzel.ui.Language;
import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.SameThreadTaskRunner;

/** Asking the period of a progress report and making it, without the toolkit. */
class ReportViewModelTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;
    @TempDir
    Path prints;
    private AppServices services;
    private ProgressViewModel page;
    private ReportViewModel report;
    private StaffMember kevin;

    @BeforeEach
    void open() {
        services = TestStore.open(dir);
        ProgressService progress = new ProgressService(services.store(), new ProgressRepository(), services.staff(),
                services.catalogue(), Clock.fixed(FRIDAY.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault()));
        kevin = services.staff().create(StaffProfile.newcomer("Kevin", "Maes", Programme.ARTICLE_60, LocalDate.of(2026, 2, 2)));
        progress.addNote(new CoachingNote(0, kevin.id(), LocalDate.of(2026, 11, 3), "Afspraak bij de huisarts geregeld.",
                true, "Gerda"));
        SameThreadTaskRunner runner = new SameThreadTaskRunner();
        page = new ProgressViewModel(runner, progress, new Messages(Language.DUTCH.locale(Locale.ROOT)));
        report = new ReportViewModel(runner, progress, page, data -> ReportCharts.Images.none(),
                () -> LocalDateTime.of(2026, 11, 27, 10, 15));
    }

    @AfterEach
    void close() {
        services.store().close();
    }

    @Test
    void withoutAnOpenWorkerThereIsNoReportAndTheUserIsToldWhy() {
        assertFalse(report.begin());
        assertEquals("Open eerst de pagina van een medewerker: het rapport gaat over één medewerker.",
                page.messageProperty().get());
    }

    @Test
    void theLastSixMonthsComeFirstAndAWrongDateIsSaidAtItsField() {
        page.open(kevin.id());
        assertTrue(report.begin());
        assertEquals("28/05/2026", report.fromTextProperty().get());
        assertEquals("27/11/2026", report.toTextProperty().get());
        assertEquals(Optional.of(new ReportPeriod(LocalDate.of(2026, 5, 28), FRIDAY)), report.period());

        report.fromTextProperty().set("31/02/2026");
        assertEquals(Optional.empty(), report.period());
        assertEquals("Typ een datum zoals 27/05/2026.", report.fromErrorProperty().get());
        assertEquals("", report.toErrorProperty().get());

        report.fromTextProperty().set("1/12");
        assertEquals(Optional.of(new ReportPeriod(LocalDate.of(2025, 12, 1), FRIDAY)), report.period(),
                "a day without a year is the last such day");
        assertEquals("", report.fromErrorProperty().get());
        report.toTextProperty().set("30/11/2025");
        assertEquals(Optional.empty(), report.period());
        assertEquals("Het einde valt vóór het begin.", report.toErrorProperty().get());
    }

    @Test
    void theReportIsWrittenToThePrintsFolderAndHandedOverToBeOpened() throws Exception {
        page.open(kevin.id());
        assertTrue(report.begin());
        assertFalse(report.confidentialProperty().get(), "the confidential page only when asked for");
        report.confidentialProperty().set(true);
        List<Path> opened = new ArrayList<>();
        report.make(report.period().orElseThrow(), "De Linde", name -> prints.resolve(name), opened::add);

        assertEquals(List.of(prints.resolve("voortgangsrapport-kevin-maes-2026-05-28-2026-11-27.pdf")), opened);
        assertFalse(report.busyProperty().get());
        assertEquals("Voortgangsrapport bewaard: voortgangsrapport-kevin-maes-2026-05-28-2026-11-27.pdf",
                page.messageProperty().get());
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(opened.getFirst()))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Kevin Maes") && text.contains("Afgedrukt 27/11/2026 10:15"), text);
            assertTrue(text.contains("Afspraak bij de huisarts geregeld."), "the coaching note of the period");
        }
        try (var left = Files.list(prints)) {
            assertEquals(1, left.count(), "no half-written file left behind");
        }
    }

    @Test
    void withoutTheConfidentialPageTheCoachingNotesStayOut() throws Exception {
        page.open(kevin.id());
        assertTrue(report.begin());
        List<Path> opened = new ArrayList<>();
        report.make(report.period().orElseThrow(), "De Linde", name -> prints.resolve(name), opened::add);
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(opened.getFirst()))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Kevin Maes"), text);
            assertFalse(text.contains("Afspraak bij de huisarts geregeld."), "no coaching note");
            assertFalse(text.contains("Vertrouwelijk"), "no confidential page");
        }

        report.confidentialProperty().set(true);
        assertTrue(report.begin());
        assertFalse(report.confidentialProperty().get(), "asked again for the next report");
    }
}
