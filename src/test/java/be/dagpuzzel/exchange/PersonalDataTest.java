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
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.core.ValidationException;
import be.dagpuzzel.testing.TestStore;
import be.dagpuzzel.transport.Participant;
import be.dagpuzzel.transport.ParticipantAbsence;
import be.dagpuzzel.transport.ParticipantService;

/** A participant's data shown on request, and erased when they have left. */
class PersonalDataTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;
    private AppServices services;

    @BeforeEach
    void open() {
        services = TestStore.open(dir);
        services.demo().fill(FRIDAY);
    }

    @AfterEach
    void close() {
        services.store().close();
    }

    /** Someone who called off today: they have a pattern, a call with a note, and run stops on earlier days. */
    private Participant someoneWithHistory() {
        ParticipantAbsence call = services.transport().day(FRIDAY).notComing().stream()
                .filter(a -> !a.note().isEmpty()).findFirst().orElseThrow();
        return services.participants().find(call.participantId()).orElseThrow();
    }

    @Test
    void theExportHoldsThePersonAndEveryRowAboutThemAndNobodyElse() throws Exception {
        Participant p = someoneWithHistory();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PersonalData(services.store(), Clock.fixed(FRIDAY.atStartOfDay(ZoneId.of("Europe/Brussels")).toInstant(),
                ZoneId.of("Europe/Brussels"))).exportParticipant(p.id(), out);
        JsonNode doc = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(PersonalData.FORMAT, doc.get("format").asText());
        JsonNode tables = doc.get("tables");
        assertEquals(p.lastName(), tables.get("participant").get(0).get("last_name").asText());
        assertEquals(p.address().street(), tables.get("participant").get(0).get("street").asText());
        assertTrue(tables.get("participant_pattern").size() >= 1, "their weekdays");
        assertTrue(tables.get("participant_absence").size() >= 1, "their calls");
        assertTrue(tables.has("run_stop"), "their run stops are a table of theirs");
        for (String name : new String[] {"participant_pattern", "participant_absence", "participant_extra_day"}) {
            for (JsonNode row : tables.get(name)) {
                assertEquals(p.id(), row.get("participant_id").asLong(), name + " holds only their rows");
            }
        }
    }

    @Test
    void erasingSomeoneWhoLeftRemovesTheirPersonalDataAndKeepsTheCounts() {
        Participant p = someoneWithHistory();
        int callsBefore = services.participants().absencesOf(p.id()).size();
        assertThrows(ValidationException.class, () -> services.participants().erase(p.id()),
                "not while they still come");

        services.participants().setArchived(p.id(), true);
        services.participants().erase(p.id());

        Participant erased = services.participants().find(p.id()).orElseThrow();
        assertEquals(ParticipantService.ERASED_NAME, erased.lastName());
        assertFalse(erased.fullName().contains(p.firstName()));
        assertTrue(erased.address().isEmpty());
        assertTrue(erased.coordinates().isEmpty());
        assertEquals("", erased.phone());
        assertEquals("", erased.contactName());
        assertEquals("", erased.notes());
        assertEquals("", erased.driverNote());
        assertEquals(callsBefore, services.participants().absencesOf(p.id()).size(), "the calls stay, as counts");
        assertTrue(services.participants().absencesOf(p.id()).stream().allMatch(a -> a.note().isEmpty()),
                "without their notes");
        assertEquals(35, services.participants().all().size(), "nobody else touched, nobody deleted");
    }

    @Test
    void aStaffMembersExportHoldsTheirRowsButNotTheirColleagues() throws Exception {
        var coach = services.staff().all().stream().filter(m -> services.staff().all().stream()
                .anyMatch(o -> o.profile().coachId().equals(java.util.Optional.of(m.id())))).findFirst().orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PersonalData(services.store(), Clock.systemUTC()).exportStaff(coach.id(), out);
        JsonNode tables = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("tables");
        assertEquals(1, tables.get("staff_member").size(), "only their own record, not those they coach");
        assertEquals(coach.profile().lastName(), tables.get("staff_member").get(0).get("last_name").asText());
        assertTrue(tables.has("roster_assignment") && tables.get("roster_assignment").size() > 0, "their places");
        for (JsonNode row : tables.get("roster_assignment")) {
            assertEquals(coach.id(), row.get("staff_id").asLong());
        }
    }
}
