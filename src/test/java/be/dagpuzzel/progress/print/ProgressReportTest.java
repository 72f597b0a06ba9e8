package be.dagpuzzel.progress.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import be.dagpuzzel.progress.Competence;
import be.dagpuzzel.progress.GoalStatus;
import be.dagpuzzel.progress.Meeting;
import be.dagpuzzel.progress.MeetingKind;
import be.dagpuzzel.progress.PopGoal;
import be.dagpuzzel.progress.ProgressRepository;
import be.dagpuzzel.progress.ProgressService;
import be.dagpuzzel.review.Observation;
import be.dagpuzzel.review.PlaceActual;
import be.dagpuzzel.review.Rating;
import be.dagpuzzel.roster.Assignment;
import be.dagpuzzel.roster.RosterSlot;
import be.dagpuzzel.settings.TaskType;
import be.dagpuzzel.settings.TemplateSlotDetails;
import be.dagpuzzel.staff.DutchLevel;
import be.dagpuzzel.staff.Programme;
import be.dagpuzzel.staff.StaffMember;
import be.dagpuzzel.staff.StaffProfile;
import be.dagpuzzel.testing.TestStore;
import be.dagpuzzel.ui.Language;
import be.dagpuzzel.ui.Messages;

/** The progress report of a worker whose rosters, ratings, meetings and notes the test itself stored. */
class ProgressReportTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);
    private static final ReportPeriod AUTUMN = new ReportPeriod(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31));
    private static final Messages ENGLISH = new Messages(Language.ENGLISH.locale(Locale.ROOT));
    private static final String NOTE = "Worries about her housing; referred to the social services.";
    private static final String OLD_NOTE = "An old note from before the period.";
    private static final String MEETING_NOTE = "Told us about the situation at home.";
    private static final String AGREEMENTS = "Two days a week in the kitchen; care on Wednesdays.";

    @TempDir
    Path dir;
    private AppServices services;
    private ProgressService progress;
    private StaffMember sara;
    /** Minutes per task type name in the period, counted here from what was put on the rosters. */
    private final Map<String, Integer> expected = new HashMap<>();

    @BeforeEach
    void open() {
        services = TestStore.open(dir);
        progress = new ProgressService(services.store(), new ProgressRepository(), services.staff(), services.catalogue(),
                Clock.fixed(FRIDAY.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
        StaffMember els = services.staff().create(StaffProfile.newcomer("Els", "Coach", Programme.REGULAR,
                LocalDate.of(2020, 1, 6)));
        sara = services.staff().create(new StaffProfile("Sara", "Peeters", "", Programme.LDE, "Buurtdiensten",
                LocalDate.of(2025, 3, 3), Optional.empty(), Optional.empty(), Optional.of(els.id()), DutchLevel.GOOD, "", ""));
        rosters();
        records();
    }

    @AfterEach
    void close() {
        services.store().close();
    }

    /** Kitchen on Monday and Tuesday, care on Wednesday, logistics on Thursday and Friday, from March to November. */
    private void rosters() {
        Map<DayOfWeek, String> week = Map.of(DayOfWeek.MONDAY, TaskType.KITCHEN, DayOfWeek.TUESDAY, TaskType.KITCHEN,
                DayOfWeek.WEDNESDAY, TaskType.CARE, DayOfWeek.THURSDAY, TaskType.LOGISTICS, DayOfWeek.FRIDAY,
                TaskType.LOGISTICS);
        Map<String, LocalTime[]> hours = Map.of(TaskType.KITCHEN, times("09:30", "14:00"),
                TaskType.CARE, times("09:30", "12:00"), TaskType.LOGISTICS, times("09:30", "15:00"));
        week.forEach((day, code) -> services.templates().addSlot(new TemplateSlotDetails(day, task(code), code,
                hours.get(code)[0], hours.get(code)[1], 1)));
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 3, 2); d.isBefore(LocalDate.of(2026, 11, 21)); d = d.plusDays(1)) {
            days.add(d);
        }
        services.roster().fillPastDays(days, (day, slots) -> List.of(new Assignment(slots.getFirst().id(), 0, sara.id(), true)));
        for (LocalDate d : days) {
            String code = week.get(d.getDayOfWeek());
            if (code != null && AUTUMN.contains(d)) {
                String name = ENGLISH.get("taskType." + code);
                expected.merge(name, (int) java.time.Duration.between(hours.get(code)[0], hours.get(code)[1]).toMinutes(),
                        Integer::sum);
            }
        }
        // one morning in the period she started in the kitchen an hour late: the review's actual start counts
        LocalDate late = LocalDate.of(2026, 9, 14);
        RosterSlot kitchen = services.roster().open(late).slots().getFirst();
        services.review().saveActual(new PlaceActual(late, kitchen.id(), 0, Optional.empty(), Optional.of(LocalTime.of(10, 30)),
                Optional.empty(), "Bus was late."));
        expected.merge(ENGLISH.get("taskType." + TaskType.KITCHEN), -60, Integer::sum);
    }

    private void records() {
        long teamwork = competence("TEAMWORK");
        progress.rate(sara.id(), teamwork, LocalDate.of(2026, 6, 1), 2, "", "Els");
        progress.rate(sara.id(), teamwork, LocalDate.of(2026, 10, 1), 3, "", "Els");
        progress.rate(sara.id(), competence("DUTCH"), LocalDate.of(2026, 10, 1), 3, "", "Els");
        Observation seen = services.review().saveObservation(new Observation(0, LocalDate.of(2026, 9, 9), sara.id(),
                Optional.of(task(TaskType.CARE)), "Care", Rating.WELL, "Helped a lady to the bathroom calmly."));
        progress.link(sara.id(), seen.id(), teamwork, true);
        progress.saveMeeting(new Meeting(0, sara.id(), MeetingKind.EVALUATION, LocalDate.of(2026, 10, 13),
                Optional.of(LocalDate.of(2026, 10, 15)), MEETING_NOTE, AGREEMENTS));
        progress.addNote(new CoachingNote(0, sara.id(), LocalDate.of(2026, 9, 10), NOTE, true, "Els Coach"));
        progress.addNote(new CoachingNote(0, sara.id(), LocalDate.of(2026, 5, 4), OLD_NOTE, true, "Els Coach"));
        progress.saveGoal(new PopGoal(0, sara.id(), "Follow the diet list on her own", Optional.of(task(TaskType.KITCHEN)),
                Optional.empty(), LocalDate.of(2026, 6, 1), Optional.of(LocalDate.of(2026, 9, 30)), GoalStatus.ACHIEVED,
                Optional.of(LocalDate.of(2026, 9, 25))));
        progress.saveGoal(new PopGoal(0, sara.id(), "Bathe a participant with a colleague", Optional.of(task(TaskType.CARE)),
                Optional.empty(), LocalDate.of(2026, 7, 1), Optional.of(LocalDate.of(2026, 10, 1)), GoalStatus.OPEN,
                Optional.empty()));
    }

    @Test
    void theReportShowsWhoThePeriodTheHoursPerTaskTheCompetenceChangeAndTheAgreements() throws IOException {
        List<String> pages = pages(report(ENGLISH));
        String all = String.join("\n", pages);

        assertTrue(all.contains("Progress report"), all);
        assertTrue(all.contains("Sara Peeters"), all);
        assertTrue(all.contains("Els Coach"), "the coach: " + all);
        assertTrue(all.contains("Period 01/09/2026 – 31/10/2026"), all);
        assertTrue(all.contains("Printed 27/11/2026 08:40"), all);
        for (Map.Entry<String, Integer> task : expected.entrySet()) {
            String hours = new ReportLayout(ENGLISH.locale()).hours(task.getValue());
            assertTrue(line(all, task.getKey() + " ").contains(task.getKey() + " " + hours + " "),
                    task.getKey() + " should have " + hours + " hours: " + line(all, task.getKey() + " "));
        }
        int total = expected.values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(line(all, "Total ").contains(new ReportLayout(ENGLISH.locale()).hours(total)), line(all, "Total "));
        assertTrue(line(all, "Working with colleagues ").endsWith("2 3 +1 1"),
                "teamwork from 2 to 3, one piece of feedback linked: " + line(all, "Working with colleagues "));
        assertTrue(line(all, "Dutch ").contains("— 3 new"), "rated for the first time in the period: " + line(all, "Dutch "));
        String flowing = all.replaceAll("\\s+", " ");
        assertTrue(flowing.contains(AGREEMENTS), "the meeting's agreements");
        assertTrue(flowing.contains("Follow the diet list on her own Kitchen 01/06/2026 30/09/2026 Achieved on 25/09/2026"),
                flowing);
        assertTrue(flowing.contains("Bathe a participant with a colleague Care 01/07/2026 01/10/2026 Open, past its target date"),
                flowing);
        assertTrue(flowing.contains("09/09/2026 Care Went well Helped a lady to the bathroom calmly."),
                "the review's feedback in the period: " + flowing);
        assertTrue(flowing.contains("(No chart here"), "without pictures the report says so");
    }

    @Test
    void coachingNotesAndMeetingNotesAreOnlyInTheConfidentialPartOnAPageOfItsOwn() throws IOException {
        List<String> pages = pages(report(ENGLISH));
        String last = pages.getLast();
        assertTrue(last.startsWith("Confidential"), "the confidential part begins its own page: " + last);
        assertTrue(last.contains(NOTE), last);
        assertTrue(last.contains(MEETING_NOTE), last);
        for (String page : pages.subList(0, pages.size() - 1)) {
            assertFalse(page.contains(NOTE) || page.contains(MEETING_NOTE) || page.contains("Confidential"),
                    "nothing confidential before that page: " + page);
        }
        assertFalse(String.join(" ", pages).contains(OLD_NOTE), "only the notes of the period");
    }

    @Test
    void theReportIsInDutchToo() throws IOException {
        String all = String.join("\n", pages(report(new Messages(Language.DUTCH.locale(Locale.ROOT)))));
        assertTrue(all.contains("Voortgangsrapport"), all);
        assertTrue(all.contains("Periode 01/09/2026 – 31/10/2026"), all);
        assertTrue(all.contains("Vertrouwelijk"), all);
        assertTrue(all.contains("Samenwerken met collega’s 2 3 +1 1"), all);
        assertFalse(all.contains("!print."), "every text has its Dutch words");
    }

    private byte[] report(Messages messages) {
        ReportData data = ReportData.read(progress, sara.id(), AUTUMN, "Dagverzorging De Test");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ProgressReport(messages).write(data, ReportCharts.Images.none(), LocalDateTime.of(2026, 11, 27, 8, 40), true, out);
        return out.toByteArray();
    }

    /** The text of each page, white space made single, lines kept. */
    static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document).replaceAll("[ \\t]+", " ").strip());
            }
            return pages;
        }
    }

    private static String line(String text, String start) {
        return text.lines().filter(l -> l.startsWith(start)).findFirst().orElse("(no line starting with " + start + ")");
    }

    private static LocalTime[] times(String from, String to) {
        return new LocalTime[] {LocalTime.parse(from), LocalTime.parse(to)};
    }

    private long task(String code) {
        return services.catalogue().taskTypeWithCode(code).orElseThrow().id();
    }

    private long competence(String code) {
        return progress.competences().stream().filter(c -> c.code().equals(Optional.of(code))).findFirst()
                .map(Competence::id).orElseThrow();
    }
}
