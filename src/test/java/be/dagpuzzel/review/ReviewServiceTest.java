package be.dagpuzzel.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.core.ValidationException;
import be.dagpuzzel.staff.DutchLevel;
import be.dagpuzzel.staff.Programme;
import be.dagpuzzel.staff.StaffDay;
import be.dagpuzzel.staff.StaffMember;
import be.dagpuzzel.staff.StaffProfile;
import be.dagpuzzel.testing.TestStore;
import be.dagpuzzel.transport.RunDirection;
import be.dagpuzzel.transport.RunState;

/** The review service on the demo centre, reviewed up to Thursday 26 November 2026. */
class ReviewServiceTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);
    private static final LocalDate THURSDAY = FRIDAY.minusDays(1);
    private static final LocalDate MONDAY = FRIDAY.plusDays(3);

    @TempDir
    Path dir;
    private AppServices services;
    private ReviewService review;

    @BeforeEach
    void open() {
        services = TestStore.open(dir);
        services.demo().fill(FRIDAY);
        review = services.review();
    }

    @AfterEach
    void close() {
        services.store().close();
    }

    private long staffId(String firstName) {
        return services.staff().all().stream().filter(m -> m.profile().firstName().equals(firstName))
                .map(StaffMember::id).findFirst().orElseThrow();
    }

    private Set<Long> expected(LocalDate date) {
        return services.staff().day(date).stream().filter(StaffDay::isExpected).map(d -> d.member().id())
                .collect(Collectors.toSet());
    }

    @Test
    void aDayIsIncompleteUntilEveryoneWhoWasHereHasFeedbackAndMarkingItFillsTheRestWithWentWell() {
        DayReview friday = review.day(FRIDAY);
        Set<Long> here = friday.workers().stream().map(WorkerDay::staffId).collect(Collectors.toSet());
        assertEquals(expected(FRIDAY), here, "everyone expected today, and nobody who called in sick");
        assertEquals(friday.workers(), friday.withoutFeedback());
        assertFalse(friday.reviewed());

        WorkerDay first = friday.workers().getFirst();
        Observation stored = review.saveObservation(first.defaultLine(FRIDAY).with(Rating.ATTENTION, "Te laat terug"));
        assertTrue(stored.id() > 0);
        DayReview after = review.day(FRIDAY);
        assertEquals(friday.workers().size() - 1, after.withoutFeedback().size());
        assertFalse(after.withoutFeedback().contains(first));

        List<Observation> added = review.markReviewed(FRIDAY);
        assertEquals(friday.workers().size() - 1, added.size());
        assertTrue(added.stream().allMatch(o -> o.rating() == Rating.WELL && o.note().isEmpty()));
        DayReview marked = review.day(FRIDAY);
        assertTrue(marked.reviewed());
        assertEquals(List.of(), marked.withoutFeedback());
        assertEquals("Te laat terug", marked.observationsOf(first.staffId()).getFirst().note(), "kept as written");

        review.unmarkReviewed(FRIDAY, added);
        DayReview undone = review.day(FRIDAY);
        assertFalse(undone.reviewed());
        assertEquals(after.withoutFeedback(), undone.withoutFeedback());
    }

    @Test
    void aStandInIsReviewedInsteadOfThePlannedPersonAndThePlanStaysNextToIt() {
        DayReview thursday = review.day(THURSDAY);
        ReviewPlace kitchen = thursday.places().stream()
                .filter(p -> p.slot().label().startsWith("Keuken") && p.plannedStaffId().isPresent() && !p.replaced())
                .findFirst().orElseThrow();
        long planned = kitchen.plannedStaffId().orElseThrow();
        long standIn = thursday.workers().stream().map(WorkerDay::staffId).filter(id -> id != planned).findFirst()
                .orElseThrow();
        review.saveActual(new PlaceActual(THURSDAY, kitchen.slot().id(), kitchen.position(), Optional.of(standIn),
                Optional.of(kitchen.slot().hours().start().plusMinutes(30)), Optional.empty(), "Ziek naar huis"));

        DayReview after = review.day(THURSDAY);
        ReviewPlace place = after.places().stream().filter(p -> p.slot().id() == kitchen.slot().id()
                && p.position() == kitchen.position()).findFirst().orElseThrow();
        assertEquals(Optional.of(planned), place.plannedStaffId(), "the plan as it was");
        assertEquals(Optional.of(standIn), place.doneBy());
        assertEquals(Optional.of(kitchen.slot().hours().start().plusMinutes(30)), place.actual().start());
        assertTrue(after.workers().stream().filter(w -> w.staffId() == standIn).findFirst().orElseThrow().places()
                .contains(place), "the stand-in's feedback is about the kitchen");

        ValidationException outside = assertThrows(ValidationException.class, () -> review.saveActual(new PlaceActual(
                THURSDAY, kitchen.slot().id(), kitchen.position(), Optional.empty(), Optional.of(LocalTime.of(6, 0)),
                Optional.empty(), "")));
        assertEquals("review.actual.startOutside", outside.errorFor(ReviewService.FIELD_START).orElseThrow().messageKey());

        review.saveActual(new PlaceActual(THURSDAY, kitchen.slot().id(), kitchen.position(), Optional.of(planned),
                Optional.of(kitchen.slot().hours().start()), Optional.empty(), ""));
        assertTrue(review.day(THURSDAY).places().stream().filter(p -> p.slot().id() == kitchen.slot().id()
                && p.position() == kitchen.position()).findFirst().orElseThrow().actual().isAsPlanned(),
                "the planned person at the planned time is the plan");
    }

    @Test
    void daysWithoutReviewAreThePlannedWorkingDaysNotMarkedAsReviewed() {
        // the demo leaves Wednesday 18 and Monday 23 November unfinished
        assertEquals(List.of(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 18)), review.daysWithoutReview(FRIDAY));
        assertFalse(review.day(LocalDate.of(2026, 11, 23)).withoutFeedback().isEmpty(), "half done");

        review.markReviewed(LocalDate.of(2026, 11, 23));
        assertEquals(List.of(LocalDate.of(2026, 11, 18)), review.daysWithoutReview(FRIDAY));
        assertEquals(List.of(LocalDate.of(2026, 11, 18)), review.daysWithoutReview(MONDAY),
                "nobody is on Friday's roster yet: nothing to review");

        var slot = services.roster().open(FRIDAY).slots().getFirst();
        services.roster().setAssignments(FRIDAY, List.of(new be.dagpuzzel.roster.Assignment(slot.id(), 0,
                staffId("Marc"), true)));
        assertEquals(List.of(FRIDAY, LocalDate.of(2026, 11, 18)), review.daysWithoutReview(MONDAY),
                "on Monday, Friday is waiting too");
    }

    @Test
    void remindersAndOpenFollowUpsAreCarriedToTheNextWorkingDaysUntilTickedOff() {
        Reminder forFriday = review.addReminder(THURSDAY, "Bel de apotheek", Optional.empty(), FRIDAY);
        Reminder forMonday = review.addReminder(THURSDAY, "Nieuwe sleutel afhalen", Optional.of(staffId("Marc")), MONDAY);
        Incident fall = review.saveIncident(new Incident(0, THURSDAY, Optional.of(LocalTime.of(10, 30)), IncidentKind.FALL,
                "Viel in de gang", "Nagekeken", true, false, List.of(), List.of(staffId("Marc"))));

        CarriedOver friday = review.carriedOver(FRIDAY);
        assertEquals(THURSDAY, friday.previousDay());
        assertTrue(friday.reminders().contains(forFriday));
        assertFalse(friday.reminders().contains(forMonday), "not due yet");
        assertTrue(friday.followUps().stream().anyMatch(i -> i.id() == fall.id()));

        CarriedOver monday = review.carriedOver(MONDAY);
        assertEquals(FRIDAY, monday.previousDay());
        assertTrue(monday.reminders().contains(forFriday), "still open, so still shown");
        assertTrue(monday.reminders().contains(forMonday));

        Reminder ticked = review.setReminderDone(forFriday.id(), true);
        assertTrue(ticked.done() && ticked.doneAt().isPresent());
        review.setFollowUpDone(fall.id(), true);
        CarriedOver later = review.carriedOver(MONDAY);
        assertFalse(later.reminders().stream().anyMatch(r -> r.id() == forFriday.id()));
        assertTrue(later.reminders().contains(forMonday));
        assertFalse(later.followUps().stream().anyMatch(i -> i.id() == fall.id()));
    }

    @Test
    void pointsOfAttentionOfThePreviousDayShowForThoseWhoAreHereToday() {
        Set<Long> hereFriday = expected(FRIDAY);
        long here = review.day(THURSDAY).workers().stream().map(WorkerDay::staffId).filter(hereFriday::contains)
                .findFirst().orElseThrow();
        long sofie = staffId("Sofie"); // worked Thursday, called in sick for Friday
        assertFalse(hereFriday.contains(sofie));
        review.saveObservation(new Observation(0, THURSDAY, here, Optional.empty(), "", Rating.ATTENTION, "Let op de tillift"));
        review.saveObservation(new Observation(0, THURSDAY, sofie, Optional.empty(), "", Rating.ATTENTION, "Moe"));
        review.saveObservation(new Observation(0, THURSDAY, here, Optional.empty(), "", Rating.WELL, "Goed gedaan"));

        List<Observation> attention = review.carriedOver(FRIDAY).attention();
        assertTrue(attention.stream().anyMatch(o -> o.note().equals("Let op de tillift")));
        assertFalse(attention.stream().anyMatch(o -> o.note().equals("Moe")), "Sofie is not here today");
        assertTrue(attention.stream().allMatch(o -> o.rating() == Rating.ATTENTION));
    }

    @Test
    void searchFindsFeedbackAndIncidentsByWordsPersonAndPeriod() {
        long marc = staffId("Marc");
        long participant = review.day(THURSDAY).participantsHere().getFirst();
        review.saveObservation(new Observation(0, THURSDAY, marc, Optional.empty(), "", Rating.ATTENTION,
                "Gordel van de rolstoel niet gecontroleerd"));
        review.saveIncident(new Incident(0, THURSDAY, Optional.empty(), IncidentKind.AGGRESSION, "Riep en duwde André",
                "Apart gezet, rustig gepraat", false, false, List.of(participant), List.of(marc)));

        var all = new ReviewSearch("", Optional.empty(), Optional.empty(), THURSDAY, THURSDAY);
        assertTrue(review.search(all).size() >= 2);
        List<ReviewHit> gordel = review.search(new ReviewSearch("ROLSTOEL gordel", Optional.of(marc), Optional.empty(),
                THURSDAY.minusDays(7), FRIDAY));
        assertEquals(1, gordel.size());
        assertEquals(ReviewHit.Kind.FEEDBACK, gordel.getFirst().kind());
        assertEquals(List.of("Marc Claeys"), gordel.getFirst().people());

        List<ReviewHit> andre = review.search(new ReviewSearch("andre", Optional.empty(), Optional.of(participant),
                THURSDAY, THURSDAY));
        assertEquals(List.of(ReviewHit.Kind.INCIDENT), andre.stream().map(ReviewHit::kind).toList(),
                "accents do not matter; a participant narrows to incidents");
        assertEquals(List.of(), review.search(new ReviewSearch("gordel", Optional.of(staffId("Els")), Optional.empty(),
                THURSDAY, THURSDAY)), "someone else");
        assertEquals(List.of(), review.search(new ReviewSearch("gordel", Optional.empty(), Optional.empty(), FRIDAY,
                MONDAY)), "another period");

        ValidationException backwards = assertThrows(ValidationException.class, () -> review.search(
                new ReviewSearch("", Optional.empty(), Optional.empty(), FRIDAY, THURSDAY)));
        assertEquals("validation.endBeforeStart", backwards.errorFor(ReviewService.FIELD_TO).orElseThrow().messageKey());
    }

    @Test
    void wrongInputIsRefusedWithAMessagePerFieldAndNothingStored() {
        int before = review.day(THURSDAY).reminders().size();
        ValidationException reminder = assertThrows(ValidationException.class,
                () -> review.addReminder(THURSDAY, "  ", Optional.empty(), THURSDAY.minusDays(1)));
        assertEquals("validation.required", reminder.errorFor(ReviewService.FIELD_TEXT).orElseThrow().messageKey());
        assertEquals("review.reminder.dueBeforeWritten", reminder.errorFor(ReviewService.FIELD_DUE).orElseThrow()
                .messageKey());
        assertEquals(before, review.day(THURSDAY).reminders().size());

        ValidationException incident = assertThrows(ValidationException.class, () -> review.saveIncident(
                new Incident(0, THURSDAY, Optional.empty(), IncidentKind.OTHER, "", "", false, false, List.of(), List.of())));
        assertEquals("validation.required", incident.errorFor(ReviewService.FIELD_WHAT).orElseThrow().messageKey());

        ValidationException longNote = assertThrows(ValidationException.class, () -> review.saveObservation(
                new Observation(0, THURSDAY, staffId("Marc"), Optional.empty(), "", Rating.WELL, "x".repeat(1001))));
        assertEquals("validation.tooLong", longNote.errorFor(ReviewService.FIELD_NOTE).orElseThrow().messageKey());
    }

    @Test
    void someoneWithFeedbackOnRecordCannotBeDeletedOnlyArchived() {
        StaffMember newcomer = services.staff().create(new StaffProfile("Nina", "Peeters", "", Programme.VOLUNTEER, "",
                THURSDAY, Optional.empty(), Optional.of(BigDecimal.TEN), Optional.empty(), DutchLevel.FLUENT, "", ""));
        review.saveObservation(new Observation(0, THURSDAY, newcomer.id(), Optional.empty(), "", Rating.WELL, "Eerste dag"));
        ValidationException refused = assertThrows(ValidationException.class, () -> services.staff().delete(newcomer.id()));
        assertEquals("staff.delete.hasHistory", refused.errors().getFirst().messageKey());
    }

    @Test
    void theTransportSummaryGivesKilometresNoShowsAndLateDepartures() {
        TransportSummary thursday = review.day(THURSDAY).transport();
        assertTrue(thursday.kilometres() > 0, "the demo wrote Thursday's sheets back");
        assertEquals(1, thursday.noShows().size());

        RunState run = services.transport().day(FRIDAY).runs().stream()
                .filter(r -> r.run().direction() == RunDirection.MORNING && !r.stops().isEmpty()).findFirst().orElseThrow();
        LocalTime planned = review.day(FRIDAY).transport().runs().stream()
                .filter(l -> l.route().equals(run.route().name()) && l.direction() == RunDirection.MORNING)
                .findFirst().orElseThrow().plannedDeparture();
        services.transport().recordRunActuals(run.run().id(), 1000, 1042, planned.plusMinutes(12), null);

        TransportSummary.RunLine line = review.day(FRIDAY).transport().runs().stream()
                .filter(l -> l.route().equals(run.route().name()) && l.direction() == RunDirection.MORNING)
                .findFirst().orElseThrow();
        assertEquals(Optional.of(42), line.km());
        assertEquals(12, line.minutesLate());
        assertTrue(line.late());
        assertEquals(1, review.day(FRIDAY).transport().lateDepartures());
    }

    @Test
    void theDemoHasTwoWeeksOfReviewsWithIncidentsAndRemindersForThisMorningTheSameEveryTime(@TempDir Path other) {
        CarriedOver friday = review.carriedOver(FRIDAY);
        assertEquals(2, friday.reminders().size(), "two reminders written yesterday for this morning");
        assertEquals(2, friday.followUps().size(), "the fall and the ramp still need a follow-up");
        assertFalse(friday.attention().isEmpty(), "yesterday’s points of attention of people here today");
        var period = new ReviewSearch("", Optional.empty(), Optional.empty(), FRIDAY.minusWeeks(2), FRIDAY);
        assertEquals(3, review.search(period).stream().filter(h -> h.kind() == ReviewHit.Kind.INCIDENT).count());

        AppServices again = TestStore.open(other);
        try {
            again.demo().fill(FRIDAY);
            assertEquals(review.search(period), again.review().search(period));
            assertEquals(review.day(THURSDAY).observations().stream().map(o -> o.rating() + o.note()).toList(),
                    again.review().day(THURSDAY).observations().stream().map(o -> o.rating() + o.note()).toList());
        } finally {
            again.store().close();
        }
    }
}
