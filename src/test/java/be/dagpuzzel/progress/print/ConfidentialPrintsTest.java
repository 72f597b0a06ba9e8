package be.dagpuzzel.progress.print;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.demo.DemoCentre;
import be.dagpuzzel.progress.CoachingNote;
import be.dagpuzzel.progress.Meeting;
import be.dagpuzzel.progress.ProgressPage;
import be.dagpuzzel.progress.ProgressRepository;
import be.dagpuzzel.progress.ProgressService;
import be.dagpuzzel.roster.print.RosterSheet;
import be.dagpuzzel.roster.rules.RosterRules;
import be.dagpuzzel.staff.StaffMember;
import be.dagpuzzel.testing.QueuedTaskRunner;
import be.dagpuzzel.testing.TestStore;
import be.dagpuzzel.transport.print.RouteSheet;
import be.dagpuzzel.transport.view.TransportViewModel;
import be.dagpuzzel.ui.Language;
import be.dagpuzzel.ui.Messages;

/**
 * On the demo centre: the progress report carries the coaching notes of its period, and no other
 * print (the day's roster, the route sheets) carries any coaching note or meeting note. Also writes
 * the demo's reports to target/ to look at.
 */
class ConfidentialPrintsTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);
    private static final LocalDateTime PRINTED = LocalDateTime.of(2026, 11, 27, 8, 40);

    @TempDir
    Path dir;

    @Test
    void onlyTheProgressReportCarriesCoachingNotes() throws Exception {
        AppServices services = TestStore.open(dir);
        try {
            services.demo().fill(FRIDAY);
            ProgressService progress = new ProgressService(services.store(), new ProgressRepository(), services.staff(),
                    services.catalogue(), Clock.fixed(FRIDAY.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant(),
                    ZoneId.systemDefault()));
            Messages dutch = new Messages(Language.DUTCH.locale(Locale.ROOT));
            List<String> secrets = new ArrayList<>();
            for (StaffMember m : progress.followed()) {
                ProgressPage page = progress.page(m.id());
                page.notes().stream().map(CoachingNote::note).forEach(secrets::add);
                page.meetings().stream().map(Meeting::notes).filter(n -> !n.isEmpty()).forEach(secrets::add);
            }
            assertTrue(secrets.size() >= 8, "the demo has coaching and meeting notes: " + secrets);

            String reports = "";
            for (String name : List.of("Fatma", "Tom", "Hassan")) {
                long id = progress.followed().stream().filter(m -> m.profile().firstName().equals(name)).findFirst()
                        .orElseThrow().id();
                for (Language language : List.of(Language.DUTCH, Language.ENGLISH)) {
                    Messages messages = new Messages(language.locale(Locale.ROOT));
                    ReportData data = ReportData.read(progress, id, ReportPeriod.lastSixMonths(FRIDAY), DemoCentre.NAME);
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    new ProgressReport(messages).write(data, ReportCharts.Images.none(), PRINTED, true, out);
                    Files.createDirectories(Path.of("target"));
                    Files.write(Path.of("target", "progress-report-" + name.toLowerCase(Locale.ROOT) + "-"
                            + language.name().toLowerCase(Locale.ROOT) + ".pdf"), out.toByteArray()); // to look at
                    reports += String.join(" ", ProgressReportTest.pages(out.toByteArray())).replaceAll("\\s+", " ");
                }
            }
            String withNotes = reports;
            assertTrue(secrets.stream().anyMatch(withNotes::contains), "the reports carry the notes of their period");

            var board = services.roster().open(FRIDAY);
            ByteArrayOutputStream roster = new ByteArrayOutputStream();
            new RosterSheet(dutch).write(board, DemoCentre.NAME, PRINTED, roster);
            QueuedTaskRunner runner = new QueuedTaskRunner();
            TransportViewModel transport = new TransportViewModel(runner, services.transport(), services.participants(),
                    RosterRules.firstFitOnly(), dutch);
            transport.load(FRIDAY);
            runner.runAll();
            var sheets = transport.sheets(Optional.empty());
            assertFalse(sheets.isEmpty(), "the day has route sheets");
            ByteArrayOutputStream routes = new ByteArrayOutputStream();
            new RouteSheet(dutch).write(sheets, false, PRINTED, routes);
            ByteArrayOutputStream large = new ByteArrayOutputStream();
            new RouteSheet(dutch).write(sheets, true, PRINTED, large);

            for (ByteArrayOutputStream other : List.of(roster, routes, large)) {
                String text = String.join(" ", ProgressReportTest.pages(other.toByteArray())).replaceAll("\\s+", " ");
                assertTrue(text.length() > 100, "a real print: " + text);
                for (String secret : secrets) {
                    assertFalse(text.contains(secret), "no coaching note on another print: " + secret);
                }
            }
        } finally {
            services.store().close();
        }
    }
}
