package be.dagpuzzel.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.core.ValidationException;
import be.dagpuzzel.staff.StaffMember;
import be.dagpuzzel.testing.TestStore;
import be.dagpuzzel.transport.Participant;

/** Every change to personal data leaves a line: who, when, which record and field, old and new value. */
class AuditTrailTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;
    private AppServices services;
    private AuditTrail trail;

    @BeforeEach
    void open() {
        services = TestStore.open(dir);
        services.demo().fill(FRIDAY);
        trail = new AuditTrail(services.store());
    }

    @AfterEach
    void close() {
        services.store().close();
    }

    @Test
    void aParticipantsChangedPhoneIsInTheTrailWithWhoWhenAndBothValues() {
        Participant p = services.participants().all().getFirst();
        services.participants().update(p.id(), new be.dagpuzzel.transport.ParticipantDetails(p.firstName(), p.lastName(),
                p.address(), p.coordinates(), "09 999 99 99", p.contactName(), p.contactPhone(), p.startDate(),
                p.endDate().orElse(null), p.aid(), p.loadMinutes(), p.doorToDoor(), p.driverNote(),
                p.usualRouteId().orElse(null), p.usualStopOrder().orElse(null), p.notes()));
        List<AuditTrail.Entry> entries = trail.of(AuditTrail.Person.PARTICIPANT, p.id());
        assertEquals(1, entries.size(), "only the field that changed: " + entries);
        AuditTrail.Entry phone = entries.getFirst();
        assertEquals("phone", phone.field());
        assertEquals(Optional.of(p.phone()), phone.oldValue());
        assertEquals(Optional.of("09 999 99 99"), phone.newValue());
        assertEquals(System.getProperty("user.name"), phone.user());
        assertEquals(Optional.of(p.id()), phone.recordId());
        assertTrue(trail.of(AuditTrail.Person.PARTICIPANT, services.participants().all().get(1).id()).isEmpty(),
                "nobody else's trail");
    }

    @Test
    void aRefusedChangeLeavesNoTrail() {
        Participant p = services.participants().all().getFirst();
        assertThrows(ValidationException.class, () -> services.participants().recordAbsence(p.id(), FRIDAY,
                FRIDAY.minusDays(1), null, ""));
        assertTrue(trail.of(AuditTrail.Person.PARTICIPANT, p.id()).isEmpty());
    }

    @Test
    void aStaffMembersArchivingAndADeletedAbsenceAreInTheirTrail() {
        StaffMember m = services.staff().all().stream()
                .filter(s -> !services.staff().details(s.id()).absences().isEmpty()).findFirst().orElseThrow();
        var absence = services.staff().details(m.id()).absences().getFirst();
        services.staff().removeAbsence(absence.id());
        services.staff().archive(m.id());
        List<AuditTrail.Entry> entries = trail.of(AuditTrail.Person.STAFF, m.id());
        assertTrue(entries.stream().anyMatch(e -> e.field().equals("archived") && e.oldValue().equals(Optional.of("false"))
                && e.newValue().equals(Optional.of("true"))), entries.toString());
        assertTrue(entries.stream().anyMatch(e -> e.table().equals("absence") && e.field().equals("(deleted)")
                && e.oldValue().orElse("").contains("kind=" + absence.kind().name())), entries.toString());
    }

    @Test
    void erasingKeepsThatItHappenedButNotWhatTheDataWas() {
        Participant p = services.participants().all().getFirst();
        services.participants().setArchived(p.id(), true);
        services.participants().erase(p.id());
        List<AuditTrail.Entry> entries = trail.of(AuditTrail.Person.PARTICIPANT, p.id());
        assertEquals("(erased)", entries.getFirst().field(), "the erasure is the newest line");
        assertTrue(entries.stream().anyMatch(e -> e.field().equals("last_name")), "the change of name is recorded");
        for (AuditTrail.Entry e : entries) {
            assertFalse(e.oldValue().orElse("").contains(p.lastName()), "the old name is not kept in the trail");
            assertTrue(e.oldValue().isEmpty() || e.field().equals("archived"), e.toString());
        }
    }
}
