package be.dagpuzzel.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.core.ValidationException;
import be.dagpuzzel.review.Observation;
import be.dagpuzzel.review.Rating;
import be.dagpuzzel.staff.Programme;
import be.dagpuzzel.staff.StaffMember;
import be.dagpuzzel.staff.StaffProfile;
import be.dagpuzzel.testing.TestStore;

/** Many progress records at once (a past brought in): checked like one by one, stored all or none. */
class ProgressBatchTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;
    private AppServices services;
    private ProgressService progress;
    private StaffMember anna;

    @BeforeEach
    void open() {
        services = TestStore.open(dir);
        progress = new ProgressService(services.store(), new ProgressRepository(), services.staff(),
                services.catalogue(), Clock.fixed(FRIDAY.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault()));
        anna = services.staff().create(StaffProfile.newcomer("Anna", "Test", Programme.LDE, LocalDate.of(2025, 1, 6)));
    }

    @AfterEach
    void close() {
        services.store().close();
    }

    @Test
    void aBatchWithOneWrongRecordIsRefusedAndStoresNothing() {
        long competence = progress.competences().getFirst().id();
        ProgressRecords records = ProgressRecords.builder()
                .add(new CompetenceRating(0, anna.id(), competence, FRIDAY.minusMonths(3), 2, "", ""))
                .add(new GuidanceSession(0, anna.id(), FRIDAY.plusDays(1), new BigDecimal("2"), "tomorrow"))
                .build();
        ValidationException refused = assertThrows(ValidationException.class, () -> progress.addAll(records));
        assertEquals("progress.date.future", refused.errors().getFirst().messageKey());
        ProgressPage page = progress.page(anna.id());
        assertTrue(page.ratings().isEmpty() && page.guidance().isEmpty(), "nothing stored");
    }

    @Test
    void aBatchStoresEveryKindOfRecordWithItsEvidenceLinks() {
        long competence = progress.competences().getFirst().id();
        Observation seen = services.review().addObservations(List.of(new Observation(0, FRIDAY.minusDays(40), anna.id(),
                Optional.empty(), "", Rating.WELL, "Nam zelf initiatief."))).getFirst();
        progress.addAll(ProgressRecords.builder()
                .add(new Trajectory(anna.id(), LocalDate.of(2025, 1, 6), Optional.empty(), false, "Keukenhulp", "", null,
                        Optional.empty()))
                .add(new CompetenceRating(0, anna.id(), competence, FRIDAY.minusMonths(3), 2, "", ""))
                .add(new ProgressRecords.EvidenceLink(anna.id(), seen.id(), competence))
                .add(new PopGoal(0, anna.id(), "Zelfstandig de afwas", Optional.empty(), Optional.empty(),
                        FRIDAY.minusMonths(4), Optional.empty(), GoalStatus.ACHIEVED, Optional.empty()))
                .add(new Meeting(0, anna.id(), MeetingKind.FUNCTIONING, FRIDAY.minusMonths(2), Optional.of(FRIDAY.minusMonths(2)),
                        "", "Meer in de keuken."))
                .add(new Training(0, anna.id(), "Hygiëne", FRIDAY.minusMonths(1), FRIDAY.minusMonths(1), BigDecimal.ONE, ""))
                .add(new CoachingNote(0, anna.id(), FRIDAY.minusDays(3), "Gaat beter.", true, ""))
                .build());
        ProgressPage page = progress.page(anna.id());
        assertEquals("Keukenhulp", page.trajectory().targetJob());
        assertEquals(1, page.ratings().size());
        assertEquals(java.util.Set.of(competence), page.evidence().getFirst().competenceIds());
        assertEquals(Optional.of(FRIDAY), page.goals().getFirst().closedOn(), "a closed goal without a day is closed today");
        assertEquals(1, page.meetings().size());
        assertEquals(1, page.trainings().size());
        assertEquals(1, page.notes().size());
    }
}
