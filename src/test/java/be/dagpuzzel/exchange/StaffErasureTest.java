package be.dagpuzzel.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.core.ValidationException;
import be.dagpuzzel.exchange.csv.CsvReports;
import be.dagpuzzel.staff.AbsenceDraft;
import be.dagpuzzel.staff.AbsenceKind;
import be.dagpuzzel.staff.StaffMember;
import be.dagpuzzel.staff.StaffProfile;
import be.dagpuzzel.staff.StaffService;
import be.dagpuzzel.testing.TestStore;

/** A staff member who left is erased: their name and everything only about them go, their hours stay. */
class StaffErasureTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);
    private static final LocalDate FROM = FRIDAY.minusWeeks(2);
    private static final String FIRST = "Zebedeus";
    private static final String LAST = "Quaxleigh";
    private static final String PHONE = "0470 98 76 54";
    private static final String NOTES = "Wil graag leren koken in een grootkeuken";

    @TempDir
    Path dir;
    private AppServices services;
    private StaffService staff;

    @BeforeEach
    void open() {
        services = TestStore.open(dir);
        services.demo().fill(FRIDAY);
        staff = services.staff();
    }

    @AfterEach
    void close() {
        services.store().close();
    }

    private CsvReports reports() {
        return new CsvReports(services.store(), staff, services.catalogue(), services.participants(),
                services.templates());
    }

    /**
     * A coach who worked on the last two weeks' rosters and has feedback on record, renamed to a
     * name found nowhere else, with an absence and notes, then archived: they left.
     */
    private StaffMember coachWhoLeft() {
        CsvReports.Hours hours = reports().hours(FROM, FRIDAY);
        StaffMember coach = staff.all().stream()
                .filter(m -> hours.workers().stream().anyMatch(w -> w.member().id() == m.id()))
                .filter(m -> !coached(m.id()).isEmpty()).findFirst().orElseThrow();
        StaffProfile p = coach.profile();
        staff.update(coach.id(), new StaffProfile(FIRST, LAST, PHONE, p.programme(), "Maatwerkbedrijf Quax",
                p.startDate(), p.endDate(), p.hoursPerWeek(), p.coachId(), p.dutchLevel(), NOTES, "Geduldig"));
        staff.recordAbsence(new AbsenceDraft(coach.id(), AbsenceKind.SICK, FRIDAY.minusDays(1), FRIDAY.minusDays(1),
                Optional.empty(), "Griep, " + FIRST));
        staff.archive(coach.id());
        return staff.find(coach.id()).orElseThrow();
    }

    private List<StaffMember> coached(long coachId) {
        return staff.all().stream().filter(o -> o.profile().coachId().equals(Optional.of(coachId))).toList();
    }

    private JsonNode personalData(long id) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PersonalData(services.store(), Clock.systemUTC()).exportStaff(id, out);
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("tables");
    }

    private String wholeStore() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new StoreExchange(services.store(), Clock.systemUTC()).export(out, progress -> { });
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Map<Long, Long> minutesPerWorker(CsvReports.Hours hours) {
        return hours.workers().stream().collect(Collectors.toMap(w -> w.member().id(), CsvReports.WorkerHours::total));
    }

    @Test
    void erasingSomeoneWhoLeftRemovesTheirDataAndKeepsTheHours() throws Exception {
        StaffMember leaver = coachWhoLeft();
        List<StaffMember> coachedBefore = coached(leaver.id());
        JsonNode before = personalData(leaver.id());
        assertTrue(before.get("observation").size() > 0, "feedback on record");
        assertTrue(before.get("absence").size() > 0, "an absence");
        assertTrue(before.get("roster_assignment").size() > 0, "places on past rosters");
        assertTrue(wholeStore().contains(LAST), "the name is in the store before");
        CsvReports.Hours hoursBefore = reports().hours(FROM, FRIDAY);

        staff.erase(leaver.id());

        CsvReports.Hours hoursAfter = reports().hours(FROM, FRIDAY);
        assertEquals(minutesPerWorker(hoursBefore), minutesPerWorker(hoursAfter), "every worker's hours, the leaver's too");
        for (var type : hoursBefore.taskTypes()) {
            assertEquals(hoursBefore.workers().stream().mapToLong(w -> w.minutes().getOrDefault(type.id(), 0L)).sum(),
                    hoursAfter.workers().stream().mapToLong(w -> w.minutes().getOrDefault(type.id(), 0L)).sum());
        }
        StaffMember erased = staff.find(leaver.id()).orElseThrow();
        assertEquals("#" + leaver.id() + " " + StaffService.ERASED_NAME, erased.fullName());
        assertTrue(StaffService.isErased(erased));
        assertEquals("", erased.profile().phone());
        assertEquals("", erased.profile().employer());
        assertEquals("", erased.profile().notes());
        assertEquals("", erased.profile().strengths());
        assertEquals(Optional.empty(), erased.profile().coachId());
        assertEquals(leaver.profile().startDate(), erased.profile().startDate(), "the contract period stays");

        String store = wholeStore();
        for (String gone : List.of(FIRST, LAST, PHONE, NOTES, "Maatwerkbedrijf Quax")) {
            assertFalse(store.contains(gone), gone + " is nowhere in the store, not in the audit trail either");
        }
        JsonNode after = personalData(leaver.id());
        for (String table : List.of("absence", "observation", "staff_skill", "task_preference", "availability_pattern",
                "step_signoff", "reminder", "coaching_note")) {
            assertEquals(0, after.get(table).size(), table + " rows only about them are deleted");
        }
        assertEquals(before.get("roster_assignment").size(), after.get("roster_assignment").size(), "places stay");
        assertEquals(before.get("day_extra").size(), after.get("day_extra").size());
        assertEquals(before.get("incident_staff").size(), after.get("incident_staff").size());

        for (StaffMember colleague : coachedBefore) {
            assertEquals(Optional.empty(), staff.find(colleague.id()).orElseThrow().profile().coachId(),
                    "those they coached have no coach now");
            assertEquals("coach_id", new AuditTrail(services.store()).of(AuditTrail.Person.STAFF, colleague.id())
                    .getFirst().field(), "and their trail says so");
        }
        List<AuditTrail.Entry> trail = new AuditTrail(services.store()).of(AuditTrail.Person.STAFF, leaver.id());
        assertEquals("(erased)", trail.getFirst().field(), "the erasure is the newest line");
        assertTrue(trail.size() > 1, "the lines that data changed stay");
        assertTrue(trail.stream().allMatch(e -> e.oldValue().isEmpty() && e.newValue().isEmpty()),
                "but not what it was");
    }

    @Test
    void someoneWhoStillWorksHereIsNotErased() {
        StaffMember member = staff.all().stream().filter(m -> !m.archived()).findFirst().orElseThrow();
        assertThrows(ValidationException.class, () -> staff.erase(member.id()));
        assertEquals(member, staff.find(member.id()).orElseThrow());
    }

    private static int count(org.jooq.DSLContext dsl, String sql, Object... values) {
        return dsl.fetchValue("SELECT COUNT(*) FROM (" + sql + ")", values) instanceof Number n ? n.intValue() : -1;
    }

    @Test
    void aTableAddedLaterThatRefersToStaffIsCoveredWithoutCode() {
        StaffMember leaver = coachWhoLeft();
        StaffMember colleague = coached(leaver.id()).getFirst();
        var dsl = services.store().dsl();
        dsl.execute("CREATE TABLE later_note (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                + " staff_id BIGINT NOT NULL REFERENCES staff_member (id) ON DELETE CASCADE,"
                + " coach_id BIGINT REFERENCES staff_member (id) ON DELETE SET NULL, note VARCHAR(200) NOT NULL)");
        dsl.execute("CREATE TABLE later_step (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                + " note_id BIGINT NOT NULL REFERENCES later_note (id) ON DELETE CASCADE, step VARCHAR(200))");
        dsl.execute("CREATE TABLE later_course (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                + " staff_id BIGINT NOT NULL REFERENCES staff_member (id), course VARCHAR(200))");
        dsl.execute("INSERT INTO later_note (staff_id, coach_id, note) VALUES (?, NULL, 'about the leaver'),"
                + " (?, ?, 'about a colleague, by the leaver')", leaver.id(), colleague.id(), leaver.id());
        dsl.execute("INSERT INTO later_step (note_id, step) SELECT id, 'a step' FROM later_note");
        dsl.execute("INSERT INTO later_course (staff_id, course) VALUES (?, 'Heffen en tillen'), (?, 'EHBO')",
                leaver.id(), colleague.id());

        staff.erase(leaver.id());

        assertEquals(0, count(dsl, "SELECT * FROM later_note WHERE staff_id = ?", leaver.id()),
                "the rows about them are gone");
        assertEquals(1, count(dsl, "SELECT * FROM later_step"), "with the rows that hang on them");
        assertEquals(0, count(dsl, "SELECT * FROM later_course WHERE staff_id = ?", leaver.id()));
        assertEquals(1, count(dsl, "SELECT * FROM later_course WHERE staff_id = ?", colleague.id()),
                "colleagues' rows stay");
        assertEquals(1, count(dsl,
                "SELECT * FROM later_note WHERE staff_id = ? AND coach_id IS NULL", colleague.id()),
                "the colleague's note stays, without the leaver as its coach");
    }
}
