package be.dagpuzzel.progress.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.core.FieldError;
import be.dagpuzzel.progress.Due;
import be.dagpuzzel.progress.Meeting;
import be.dagpuzzel.progress.MeetingKind;
import be.dagpuzzel.progress.ProgressRepository;
import be.dagpuzzel.progress.ProgressService;
import be.dagpuzzel.staff.Programme;
import be.dagpuzzel.staff.StaffMember;
import be.dagpuzzel.staff.StaffProfile;
import be.dagpuzzel.testing.TestStore;
import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.SameThreadTaskRunner;

/** The Progress section's model: the list with what is due, the overview in words, and stored edits with undo. */
class ProgressViewModelTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;
    private AppServices services;
    private ProgressService progress;
    private ProgressViewModel model;
    private StaffMember fatma;

    @BeforeEach
    void open() {
        services = TestStore.open(dir);
        progress = new ProgressService(services.store(), new ProgressRepository(), services.staff(), services.catalogue(),
                Clock.fixed(FRIDAY.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
        fatma = services.staff().create(StaffProfile.newcomer("Fatma", "Yilmaz", Programme.LDE, LocalDate.of(2025, 1, 6)));
        services.staff().create(StaffProfile.newcomer("Els", "Nurse", Programme.REGULAR, LocalDate.of(2015, 1, 6)));
        model = new ProgressViewModel(new SameThreadTaskRunner(), progress, new Messages(Locale.ENGLISH));
        model.refresh();
    }

    @AfterEach
    void close() {
        services.store().close();
    }

    @Test
    void theListHoldsTheSocialEconomyWorkersWithHowManyThingsAreDue() {
        assertEquals(List.of("Fatma Yilmaz"), model.workers().stream().map(ProgressViewModel.WorkerRow::name).toList());
        assertEquals(1, model.workers().getFirst().dueCount());
        Due due = model.overview().getFirst();
        assertEquals("No meeting recorded yet; the programme asks for one every 6 months.", new ProgressTexts(model).due(due));
    }

    @Test
    void anEditIsStoredTheListFollowsAndCtrlZTakesItBack() {
        model.open(fatma.id());
        assertEquals("Fatma Yilmaz", model.pageProperty().get().member().fullName());
        List<Meeting> stored = new ArrayList<>();
        model.edit("meeting", p -> progress.saveMeeting(new Meeting(0, fatma.id(), MeetingKind.FUNCTIONING, FRIDAY,
                        Optional.of(FRIDAY), "", "")), m -> p -> { progress.removeMeeting(m.id()); return null; },
                stored::add, null);
        assertEquals(1, stored.size());
        assertEquals(1, model.pageProperty().get().meetings().size(), "the page was read again");
        assertEquals(0, model.workers().getFirst().dueCount(), "a meeting held today answers the rule");
        assertTrue(model.canUndoProperty().get());

        assertTrue(model.undo());
        assertTrue(model.pageProperty().get().meetings().isEmpty());
        assertEquals("Undone: meeting", model.messageProperty().get());
        assertEquals(1, model.workers().getFirst().dueCount());
    }

    @Test
    void aRefusedEditSaysWhyAndHandsTheFieldsBack() {
        model.open(fatma.id());
        List<List<FieldError>> refused = new ArrayList<>();
        model.edit("meeting", p -> progress.saveMeeting(new Meeting(0, fatma.id(), MeetingKind.FUNCTIONING, FRIDAY,
                Optional.of(FRIDAY.plusDays(3)), "", "")), null, null, refused::add);
        assertEquals("date", refused.getFirst().getFirst().field());
        assertEquals("This date is in the future: record it when it has happened.", model.messageProperty().get());
        assertFalse(model.canUndoProperty().get());
        assertTrue(model.pageProperty().get().meetings().isEmpty());
    }

    @Test
    void openingTheOverviewClosesThePage() {
        model.open(fatma.id());
        model.open(null);
        assertNull(model.pageProperty().get());
        assertNull(model.openIdProperty().get());
    }
}
