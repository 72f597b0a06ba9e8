package be.dagpuzzel.exchange.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.core.Address;
import be.dagpuzzel.core.TimeRange;
import be.dagpuzzel.roster.Assignment;
import be.dagpuzzel.roster.DayBoard;
import be.dagpuzzel.roster.RosterSlot;
import be.dagpuzzel.settings.ClosingDay;
import be.dagpuzzel.settings.TaskType;
import be.dagpuzzel.staff.Programme;
import be.dagpuzzel.staff.StaffMember;
import be.dagpuzzel.staff.StaffProfile;
import be.dagpuzzel.testing.TestStore;
import be.dagpuzzel.transport.MobilityAid;
import be.dagpuzzel.transport.Participant;
import be.dagpuzzel.transport.ParticipantDetails;
import be.dagpuzzel.transport.Route;
import be.dagpuzzel.transport.RunDirection;
import be.dagpuzzel.transport.RunState;
import be.dagpuzzel.transport.StopOutcome;
import be.dagpuzzel.ui.Messages;

/**
 * The CSV reports written to a file and read back as Excel in Belgium would: a byte order mark,
 * semicolons, CRLF, a decimal comma, and the numbers the rosters and the runs say.
 */
class CsvExportTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);
    private static final Messages DUTCH = new Messages(Locale.forLanguageTag("nl-BE"));
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path folder;
    private AppServices services;
    private CsvReports reports;

    @BeforeEach
    void open() {
        services = TestStore.open(folder.resolve("store"));
        reports = new CsvReports(services.store(), services.staff(), services.catalogue(), services.participants(),
                services.templates());
    }

    @AfterEach
    void close() {
        services.store().close();
    }

    /** The file's lines, after checking the BOM and that every line ends in CRLF. */
    private static List<String> readBack(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]), "UTF-8 BOM");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"));
        assertFalse(text.replace("\r\n", "").contains("\n") || text.replace("\r\n", "").contains("\r"),
                "every line ends in CRLF");
        return List.of(text.split("\r\n"));
    }

    /** The table below the first line (which says what is counted), read as the import reads CSV. */
    private static CsvTable table(List<String> lines) throws Exception {
        CsvTable table = CsvParser.parse(String.join("\r\n", lines.subList(1, lines.size())).getBytes(StandardCharsets.UTF_8));
        assertEquals(';', table.separator());
        return table;
    }

    private static Map<String, String> row(CsvTable table, int index) {
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < table.header().size(); i++) {
            cells.put(table.header().get(i), table.rows().get(index).cell(i));
        }
        return cells;
    }

    private long taskType(String code) {
        return services.catalogue().taskTypeWithCode(code).orElseThrow().id();
    }

    @Test
    void hoursPerWorkerAndTaskFromAFewKnownPlaces() throws Exception {
        StaffMember jan = services.staff().create(StaffProfile.newcomer("Jan", "Peeters", Programme.ARTICLE_60,
                LocalDate.of(2026, 1, 5)));
        StaffMember mieke = services.staff().create(StaffProfile.newcomer("Mieke", "Claes", Programme.REGULAR,
                LocalDate.of(2026, 1, 5)));
        LocalDate monday = LocalDate.of(2026, 11, 16);
        RosterSlot driving = services.roster().addSlot(monday, taskType(TaskType.DRIVER), "Ronde 1 ochtend",
                new TimeRange(LocalTime.of(7, 30), LocalTime.of(9, 15)), 1);
        RosterSlot kitchen = services.roster().addSlot(monday, taskType(TaskType.KITCHEN), "Keuken",
                new TimeRange(LocalTime.of(9, 0), LocalTime.of(13, 0)), 2);
        services.roster().setAssignments(monday, List.of(new Assignment(driving.id(), 0, jan.id(), true),
                new Assignment(kitchen.id(), 0, jan.id(), true), new Assignment(kitchen.id(), 1, mieke.id(), true)));
        LocalDate later = LocalDate.of(2026, 11, 23);
        RosterSlot outside = services.roster().addSlot(later, taskType(TaskType.CARE), "Zorg",
                new TimeRange(LocalTime.of(9, 0), LocalTime.of(17, 0)), 1);
        services.roster().setAssignments(later, List.of(new Assignment(outside.id(), 0, mieke.id(), true)));

        Path file = CsvWriter.write(folder.resolve("out/uren.csv"),
                CsvReports.hoursRows(reports.hours(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 20)), ENGLISH));
        List<String> lines = readBack(file);
        assertTrue(lines.getFirst().startsWith("Hours per staff member and task from 01/11/2026 to 20/11/2026, from the"
                + " rosters: every filled place counts with the hours of its slot"), lines.getFirst());
        assertEquals("Last name;First name;Programme;Driver;Bus companion;Animation;Kitchen;Care;Logistics;Total hours",
                lines.get(1));
        assertEquals("Claes;Mieke;Regular employee;0;0;0;4;0;0;4", lines.get(2));
        assertEquals("Peeters;Jan;Article 60;1,75;0;0;4;0;0;5,75", lines.get(3));
        assertEquals("Total;;;1,75;0;0;8;0;0;9,75", lines.get(4));
        assertEquals(5, lines.size());
    }

    @Test
    void hoursOfAWeekOfTheDemoCentreAreWhatItsRostersSay() throws Exception {
        services.demo().fill(FRIDAY);
        LocalDate from = LocalDate.of(2026, 11, 16);
        LocalDate to = LocalDate.of(2026, 11, 20);
        Map<Long, Map<Long, Long>> expected = new HashMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            DayBoard board = services.roster().open(day);
            for (Assignment a : board.assignments()) {
                RosterSlot slot = board.slots().stream().filter(s -> s.id() == a.slotId()).findFirst().orElseThrow();
                expected.computeIfAbsent(a.staffId(), k -> new HashMap<>()).merge(slot.taskTypeId(),
                        Duration.between(slot.hours().start(), slot.hours().end()).toMinutes(), Long::sum);
            }
        }
        assertTrue(expected.size() >= 5, "the demo's rosters fill places with several people: " + expected.size());

        Path file = CsvWriter.write(folder.resolve("uren.csv"), CsvReports.hoursRows(reports.hours(from, to), DUTCH));
        List<String> lines = readBack(file);
        assertTrue(lines.getFirst().startsWith("Uren per medewerker en taak van 16/11/2026 tot en met 20/11/2026"));
        CsvTable table = table(lines);
        assertEquals(expected.size() + 1, table.rows().size(), "a row per worker with hours, and the totals");
        List<TaskType> types = services.catalogue().taskTypes();
        long grandTotal = 0;
        for (StaffMember m : services.staff().all()) {
            if (!expected.containsKey(m.id())) {
                continue;
            }
            int index = -1;
            for (int i = 0; i < table.rows().size(); i++) {
                if (table.rows().get(i).cell(0).equals(m.profile().lastName())
                        && table.rows().get(i).cell(1).equals(m.profile().firstName())) {
                    index = i;
                }
            }
            assertTrue(index >= 0, m.fullName() + " has a row");
            Map<String, String> cells = row(table, index);
            long total = 0;
            for (TaskType type : types) {
                long minutes = expected.get(m.id()).getOrDefault(type.id(), 0L);
                total += minutes;
                assertEquals(CsvWriter.hours(minutes), cells.get(type.displayName(DUTCH.codes("taskType."))),
                        m.fullName() + ", " + type);
            }
            assertEquals(CsvWriter.hours(total), cells.get("Totaal uren"), m.fullName());
            grandTotal += total;
        }
        Map<String, String> totals = row(table, table.rows().size() - 1);
        assertEquals("Totaal", totals.get("Familienaam"));
        assertEquals(CsvWriter.hours(grandTotal), totals.get("Totaal uren"));
        for (CsvTable.Row r : table.rows()) {
            r.cells().subList(3, r.cells().size()).forEach(c -> assertTrue(c.matches("\\d+(,\\d{1,2})?"),
                    "hours as Excel in Belgium reads them: " + c));
        }
        assertEquals(grandTotal % 60 != 0, totals.get("Totaal uren").contains(","), "a fraction has a decimal comma");
    }

    @Test
    void attendancePerParticipantPerMonthWithCallsNoShowsClosingDaysAndExtraDays() throws Exception {
        services.templates().addClosingDay(new ClosingDay(LocalDate.of(2026, 11, 11), "Wapenstilstand"));
        Route ronde = services.transport().saveRoute(new Route(0, "Ronde 1", Optional.empty(), LocalTime.of(9, 15),
                LocalTime.of(15, 45), true));
        Participant anna = services.participants().add(details("Anna", "Aerts", LocalDate.of(2026, 11, 2), ronde.id()),
                Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY));
        services.participants().add(details("Bert", "Bosmans", LocalDate.of(2026, 10, 1), null),
                Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY));
        services.participants().addExtraDay(anna.id(), LocalDate.of(2026, 11, 17));
        services.participants().recordAbsence(anna.id(), LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 13),
                be.dagpuzzel.transport.AbsenceReason.ILL, "");
        LocalDate noShow = LocalDate.of(2026, 11, 20);
        RunState morning = services.transport().day(noShow).runs().stream()
                .filter(r -> r.run().direction() == RunDirection.MORNING).findFirst().orElseThrow();
        services.transport().recordStop(morning.run().id(), anna.id(), Optional.of(StopOutcome.NO_SHOW), Optional.empty());

        CsvReports.Attendance attendance = reports.attendance(LocalDate.of(2026, 10, 15), LocalDate.of(2026, 12, 31),
                FRIDAY);
        Path file = CsvWriter.write(folder.resolve("aanwezigheden.csv"), CsvReports.attendanceRows(attendance, ENGLISH));
        List<String> lines = readBack(file);
        assertTrue(lines.getFirst().startsWith("Attendance per participant per month from 15/10/2026 to 31/12/2026, days"
                + " counted up to 27/11/2026:"), lines.getFirst());
        assertEquals(List.of(
                "Last name;First name;Year;Month;Days expected;Days came;Days called off;No-shows",
                // Mon/Wed/Fri 2-27 Nov = 12, less the closing day, plus the extra Tuesday = 12;
                // called off Mon 9 and Fri 13 (Wed 11 closed); not there on Fri 20
                "Aerts;Anna;2026;11;12;9;2;1",
                // Tue/Thu from Thu 15 Oct: 15, 20, 22, 27, 29
                "Bosmans;Bert;2026;10;5;5;0;0",
                // Tue/Thu in November up to Friday 27: 3, 5, 10, 12, 17, 19, 24, 26
                "Bosmans;Bert;2026;11;8;8;0;0"), lines.subList(1, lines.size()));
    }

    private static ParticipantDetails details(String first, String last, LocalDate start, Long route) {
        return new ParticipantDetails(first, last, new Address("Kerkstraat", "1", "9299", "Lindegem"), Optional.empty(),
                "", "", "", start, null, MobilityAid.NONE, 2, false, "", route, null, "");
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() {
        assertEquals("'=HYPERLINK(\"x\")", CsvWriter.text("=HYPERLINK(\"x\")"));
        assertEquals("\"Peeters; Jan\"", CsvWriter.quoted("Peeters; Jan"));
        assertEquals("\"say \"\"hi\"\"\"", CsvWriter.quoted("say \"hi\""));
        assertEquals("0,33", CsvWriter.hours(20));
        assertEquals("12", CsvWriter.number(new java.math.BigDecimal("12.000")));
    }
}
