package be.dagpuzzel.progress.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.progress.Competence;
import be.dagpuzzel.progress.ProgressService;
import be.dagpuzzel.review.Observation;
import be.dagpuzzel.review.Rating;

/** The Competences tab's model on its own store, without the toolkit. */
class CompetencesModelTest {

    @TempDir
    Path dir;
    private ProgressPageFixture fixture;
    private CompetencesModel model;
    private long teamwork;

    @BeforeEach
    void open() {
        fixture = new ProgressPageFixture(dir);
        model = new CompetencesModel(fixture.page, fixture.progress);
        teamwork = fixture.progress.competences().stream().filter(c -> c.code().equals(Optional.of("TEAMWORK")))
                .findFirst().map(Competence::id).orElseThrow();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private CompetencesModel.Row row(long competenceId) {
        return model.rows().stream().filter(r -> r.competenceId() == competenceId).findFirst().orElseThrow();
    }

    private void rate(long competence, int level, String date) {
        model.select(competence);
        model.levelProperty().set(level);
        model.dateProperty().set(date);
        model.rate();
    }

    @Test
    void aLevelAboveFourIsRefusedAtTheLevelAndNothingIsStored() {
        rate(teamwork, 5, "");

        assertEquals("A level goes from 1 to 4.", model.errors().get(ProgressService.FIELD_LEVEL));
        assertTrue(fixture.page.pageProperty().get().ratings().isEmpty());
        assertEquals("", row(teamwork).levelText(), "still not rated");
        assertEquals(5, model.levelProperty().get(), "what was chosen stays to be corrected");
    }

    @Test
    void theTableShowsTheLatestLevelInWordsAndTheChangeSinceTheRatingBefore() {
        rate(teamwork, 2, "3/6/2026");
        assertEquals("2 · with help", row(teamwork).levelText());
        assertEquals("03/06/2026", row(teamwork).date());
        assertEquals("", row(teamwork).change().arrow(), "a first rating has nothing to compare with");

        rate(teamwork, 3, "");
        assertEquals("3 · mostly alone", row(teamwork).levelText());
        assertEquals("27/11/2026", row(teamwork).date(), "an empty date is today");
        assertEquals("▲", row(teamwork).change().arrow());
        assertEquals(0, model.levelProperty().get(), "the form is empty again once stored");

        rate(teamwork, 3, "27/11/2026");
        assertEquals("=", row(teamwork).change().arrow());
        rate(teamwork, 1, "27/11/2026");
        assertEquals("▼", row(teamwork).change().arrow());
    }

    @Test
    void aRatingIsUndoneWithCtrlZ() {
        rate(teamwork, 4, "");
        assertEquals(4, row(teamwork).level());
        assertTrue(fixture.page.undo());
        assertEquals(0, row(teamwork).level());
        assertEquals("Undone: rating of Working with colleagues (4)", fixture.page.messageProperty().get());
    }

    @Test
    void aDateWithoutYearIsTheLastOneThatHasPassedAndAFutureDateIsRefused() {
        rate(teamwork, 2, "4/12");
        assertEquals("04/12/2025", row(teamwork).date());

        rate(teamwork, 3, "1/12/2026");
        assertEquals("This date is in the future: record it when it has happened.",
                model.errors().get(ProgressService.FIELD_DATE));
        assertEquals(2, row(teamwork).level());
    }

    @Test
    void theChartShowsCompetencesRatedInTheLastYearAndANewlyRatedOne() {
        long dutch = fixture.progress.competences().stream().filter(c -> c.code().equals(Optional.of("DUTCH")))
                .findFirst().map(Competence::id).orElseThrow();
        long safety = fixture.progress.competences().stream().filter(c -> c.code().equals(Optional.of("SAFETY")))
                .findFirst().map(Competence::id).orElseThrow();
        fixture.progress.rate(fixture.worker.id(), dutch, LocalDate.of(2025, 3, 1), 1, "", "");
        fixture.progress.rate(fixture.worker.id(), teamwork, LocalDate.of(2026, 9, 1), 2, "", "");
        fixture.page.refresh();
        // another worker and back: the default choice is made again
        fixture.page.open(null);
        fixture.page.open(fixture.worker.id());

        assertEquals(2, model.chartChoices().size());
        assertTrue(model.shown().contains(teamwork));
        assertFalse(model.shown().contains(dutch), "last rated more than a year ago");

        model.setShown(teamwork, false);
        rate(safety, 3, "");
        assertTrue(model.shown().contains(safety), "a competence rated for the first time is drawn");
        assertFalse(model.shown().contains(teamwork), "the choice made stays");
    }

    @Test
    void aReviewObservationIsLinkedToACompetenceAsEvidenceAndUnlinkedAgain() {
        Observation seen = fixture.services.review().saveObservation(new Observation(0, LocalDate.of(2026, 11, 20),
                fixture.worker.id(), Optional.empty(), "", Rating.ATTENTION, "Liet een collega alleen tillen."));
        fixture.page.refresh();
        assertEquals(1, model.evidence().size());
        CompetencesModel.EvidenceRow row = model.evidence().getFirst();
        assertEquals("20/11/2026", row.date());
        assertEquals("Point of attention", row.ratingText());

        model.link(seen.id(), teamwork, true);
        assertEquals("Working with colleagues", model.evidence().getFirst().competences());
        assertTrue(fixture.page.undo());
        assertEquals("", model.evidence().getFirst().competences());
        model.link(seen.id(), teamwork, true);
        model.link(seen.id(), teamwork, false);
        assertTrue(model.evidence().getFirst().competenceIds().isEmpty());
    }
}
