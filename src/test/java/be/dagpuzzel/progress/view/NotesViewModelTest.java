package be.dagpuzzel.progress.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.progress.CoachingNote;
import be.dagpuzzel.staff.Programme;

/** Coaching notes about Kevin (article 60, coached by Gerda); today is Friday 27/11/2026. */
class NotesViewModelTest {

    @TempDir
    Path dir;
    private PageFixture fixture;
    private NotesViewModel model;

    @BeforeEach
    void open() {
        fixture = new PageFixture(dir);
        fixture.open("Kevin", Programme.ARTICLE_60, LocalDate.of(2026, 3, 1));
        model = new NotesViewModel(fixture.page, fixture.progress);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aNoteIsConfidentialByDefaultWrittenByTheCoachAndARemovedOneComesBack() {
        assertEquals("27/11/2026", model.dateProperty().get());
        assertTrue(model.confidentialProperty().get());
        assertEquals("Gerda Coach", model.writerProperty().get());

        model.textProperty().set("Schulden; afspraak met de schuldbemiddelaar gemaakt.");
        model.add();
        model.dateProperty().set("20/11");
        model.confidentialProperty().set(false);
        model.textProperty().set("Werkt graag in de keuken.");
        model.add();

        assertEquals(2, model.notes().size());
        CoachingNote newest = model.notes().getFirst();
        assertEquals(LocalDate.of(2026, 11, 27), newest.writtenOn());
        assertTrue(newest.confidential());
        assertEquals("Gerda Coach", newest.writtenBy());
        assertFalse(model.notes().get(1).confidential());
        assertEquals("", model.textProperty().get(), "emptied for the next note");

        model.remove(newest);
        assertEquals(1, model.notes().size());
        fixture.page.undo();
        assertEquals(2, model.notes().size());
        assertEquals("Schulden; afspraak met de schuldbemiddelaar gemaakt.", model.notes().getFirst().note());
        assertTrue(model.notes().getFirst().confidential());
    }

    @Test
    void anEmptyNoteOrOneInTheFutureIsRefusedAtItsField() {
        model.textProperty().set("  ");
        model.add();
        assertEquals("Write the note.", model.errors().get(NotesViewModel.TEXT));
        model.textProperty().set("Was vandaag te laat.");
        model.dateProperty().set("28/11/2026");
        model.add();
        assertEquals("This date is in the future: record it when it has happened.", model.errors().get(NotesViewModel.DATE));
        assertEquals("Was vandaag te laat.", model.textProperty().get(), "the text stays");
        assertTrue(model.notes().isEmpty());
    }
}
