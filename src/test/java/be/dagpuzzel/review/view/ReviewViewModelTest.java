package be.dagpuzzel.review.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.review.Observation;
import be.dagpuzzel.review.Rating;
import be.dagpuzzel.review.ReviewService;
import be.dagpuzzel.testing.QueuedTaskRunner;
import be.dagpuzzel.testing.TestStore;
import be.dagpuzzel.ui.Messages;

/** The review's viewmodel on the demo centre, with background work held until the test lets it run. */
class ReviewViewModelTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);
    private static final LocalDate THURSDAY = FRIDAY.minusDays(1);

    @TempDir
    Path dir;
    private AppServices services;
    private QueuedTaskRunner runner;
    private ReviewViewModel model;

    @BeforeEach
    void open() {
        services = TestStore.open(dir);
        services.demo().fill(FRIDAY);
        runner = new QueuedTaskRunner();
        model = new ReviewViewModel(runner, services.review(), new Messages(Locale.ENGLISH), () -> FRIDAY);
    }

    @AfterEach
    void close() {
        services.store().close();
    }

    private void load(LocalDate date) {
        model.load(date);
        runner.runAll();
    }

    private java.util.List<Observation> stored(LocalDate date, long staffId) {
        return services.review().day(date).observationsOf(staffId);
    }

    @Test
    void aLineChangedAgainBeforeTheStoreAnsweredIsStoredOnceAsLastTyped() {
        load(FRIDAY);
        int n = model.feedback().size();
        FeedbackRow row = model.feedback().getFirst();
        row.noteProperty().set("Goed");
        model.commitFeedback(row, true);
        row.noteProperty().set("Goed gedaan met de nieuwe bezoeker");
        model.toggleRating(row);
        assertTrue(row.storedProperty().get(), "shown as stored at once");
        assertTrue(model.completenessProperty().get().startsWith("Not yet reviewed: " + (n - 1) + " of " + n),
                model.completenessProperty().get());
        assertEquals(0, stored(FRIDAY, row.staffId()).size(), "nothing written until the store runs");

        runner.runAll();
        var lines = stored(FRIDAY, row.staffId());
        assertEquals(1, lines.size(), "one line, not one per edit");
        assertEquals("Goed gedaan met de nieuwe bezoeker", lines.getFirst().note());
        assertEquals(Rating.ATTENTION, lines.getFirst().rating());
    }

    @Test
    void movingPastAnUntouchedRowStoresWentWellButLeavingItByMouseDoesNot() {
        load(FRIDAY);
        FeedbackRow first = model.feedback().get(0);
        FeedbackRow second = model.feedback().get(1);
        model.commitFeedback(first, false);
        model.commitFeedback(second, true);
        runner.runAll();
        assertEquals(0, stored(FRIDAY, first.staffId()).size());
        assertEquals(Rating.WELL, stored(FRIDAY, second.staffId()).getFirst().rating());
    }

    @Test
    void undoTakesAFirstLineOffTheRecordAndTheRowIsOpenAgain() {
        load(FRIDAY);
        int n = model.feedback().size();
        FeedbackRow row = model.feedback().getFirst();
        row.noteProperty().set("Te laat");
        model.commitFeedback(row, true);
        runner.runAll();
        assertEquals(1, stored(FRIDAY, row.staffId()).size());

        assertTrue(model.undo());
        runner.runAll();
        assertEquals(0, stored(FRIDAY, row.staffId()).size());
        assertFalse(row.storedProperty().get());
        assertEquals("", row.noteProperty().get());
        assertTrue(model.completenessProperty().get().startsWith("Not yet reviewed: " + n + " of " + n));
    }

    @Test
    void aWrongTimeKeepsItsTextAndSaysWhyAndNothingIsStored() {
        load(THURSDAY);
        PlaceRow row = model.places().stream().filter(p -> p.slot().startsWith("Keuken")).findFirst().orElseThrow();
        row.startProperty().set("25:99");
        model.commitPlace(row);
        runner.runAll();
        assertEquals("Please enter a time as 8:30.", row.errors().get(ReviewService.FIELD_START));
        assertEquals("25:99", row.startProperty().get());

        row.startProperty().set("6:00");
        model.commitPlace(row);
        runner.runAll();
        assertTrue(row.errors().get(ReviewService.FIELD_START).startsWith("A late start lies within the place’s hours"),
                row.errors().get(ReviewService.FIELD_START));
        assertTrue(services.review().day(THURSDAY).places().stream().filter(p -> p.slot().id() == row.slotId()
                && p.position() == row.position()).findFirst().orElseThrow().actual().start().isEmpty());

        row.startProperty().set("10:05");
        model.commitPlace(row);
        runner.runAll();
        assertTrue(row.errors().isEmpty());
        assertEquals("10:05", services.review().day(THURSDAY).places().stream().filter(p -> p.slot().id() == row.slotId()
                && p.position() == row.position()).findFirst().orElseThrow().actual().start().orElseThrow().toString());
    }

    @Test
    void aDayStillToComeShowsButCannotBeReviewed() {
        LocalDate monday = FRIDAY.plusDays(3);
        load(monday);
        assertFalse(model.editableProperty().get());
        assertEquals("", model.completenessProperty().get(), "not \"not yet reviewed\": it has not happened yet");
        FeedbackRow row = model.feedback().getFirst();
        row.noteProperty().set("Te vroeg");
        model.commitFeedback(row, true);
        model.markReviewed();
        runner.runAll();
        assertEquals(0, stored(monday, row.staffId()).size());
        assertFalse(services.review().day(monday).reviewed());
    }

    @Test
    void markingTheDayGivesEveryoneALineAndUndoTakesThemBack() {
        load(FRIDAY);
        int n = model.feedback().size();
        model.markReviewed();
        runner.runAll();
        assertEquals("Reviewed: all " + n + " people have feedback.", model.completenessProperty().get());
        assertEquals(n, services.review().day(FRIDAY).observations().size());

        model.undo();
        runner.runAll();
        assertEquals(0, services.review().day(FRIDAY).observations().size());
        assertFalse(model.reviewedProperty().get());
        assertTrue(model.daysWithoutReview().stream().noneMatch(d -> d.date().equals(FRIDAY)),
                "today is not a past day without review");
    }
}
