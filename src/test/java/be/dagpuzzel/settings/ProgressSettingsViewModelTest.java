package be.dagpuzzel.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.progress.Competence;
import be.dagpuzzel.progress.LadderStep;
import be.dagpuzzel.progress.ProgrammeRule;
import be.dagpuzzel.roster.rules.OnboardingStage;
import be.dagpuzzel.staff.Programme;
import be.dagpuzzel.staff.StaffMember;
import be.dagpuzzel.staff.StaffProfile;
import be.dagpuzzel.testing.TestStore;
import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.SameThreadTaskRunner;

/** The Settings page "Progress": onboarding ladders, competences and programmes, without the toolkit. */
class ProgressSettingsViewModelTest {

    @TempDir
    Path dir;
    private AppServices services;
    private final Messages english = new Messages(Locale.ENGLISH);
    private LaddersViewModel ladders;
    private long driving;

    @BeforeEach
    void open() {
        services = TestStore.open(dir);
        driving = services.catalogue().taskTypeWithCode(TaskType.DRIVER).orElseThrow().id();
        ladders = new LaddersViewModel(new SameThreadTaskRunner(), services.progress(), services.catalogue(), english);
        ladders.load();
        ladders.selectTask(services.catalogue().taskTypes().stream().filter(t -> t.id() == driving).findFirst().orElseThrow());
    }

    @AfterEach
    void close() {
        services.store().close();
    }

    private List<String> shownSteps() {
        return ladders.steps().stream().map(ladders::stepLine).toList();
    }

    private List<LadderStep> storedSteps() {
        return services.progress().ladders().get(driving);
    }

    @Test
    void theDrivingLadderShowsItsSeededStepsInWordsWithTheirStageAndGuide() {
        assertEquals(List.of("1. Rides along as bus companion · Watches and helps · usually 7 days",
                "2. Drives with a companion · Does it with a colleague · usually 7 days",
                "3. Drives alone · Does it alone"), shownSteps());
        assertEquals("Rides along as bus companion", ladders.form().nameProperty().get());
        assertEquals(OnboardingStage.OBSERVES, ladders.form().stageProperty().get());
        assertEquals("7", ladders.form().guideProperty().get());
    }

    @Test
    void readingTheLadderAgainStoresNothingWhileAListFollowsTheChoice() {
        // as the step list does: it follows the chosen step and hands a selection back
        LaddersViewModel followed = new LaddersViewModel(new SameThreadTaskRunner(), services.progress(),
                services.catalogue(), english);
        followed.selectedProperty().addListener((obs, old, step) -> followed.select(step));
        followed.load();
        followed.load();
        assertEquals(Optional.of(7), storedSteps().getFirst().guideDays());
        assertEquals("7", followed.form().guideProperty().get());
        assertFalse(followed.undo(), "nothing was stored");
    }

    @Test
    void aStepIsAddedRenamedMovedUpAndEachChangeIsTakenBackWithUndo() {
        ladders.newNameProperty().set("Drives the minibus alone");
        ladders.newStageProperty().set(OnboardingStage.INDEPENDENT);
        ladders.add();
        assertEquals("4. Drives the minibus alone · Does it alone", shownSteps().get(3));
        assertEquals("", ladders.newNameProperty().get(), "the add field is cleared for the next one");
        assertEquals("Drives the minibus alone", ladders.form().nameProperty().get(), "the new step is chosen");

        ladders.form().nameProperty().set("Drives the van with a companion");
        ladders.form().guideProperty().set("10");
        ladders.form().stageProperty().set(OnboardingStage.ASSISTED); // a chosen stage is stored at once, with the fields typed
        ladders.move(-1);
        ladders.move(-1);
        assertEquals(List.of("1. Rides along as bus companion · Watches and helps · usually 7 days",
                "2. Drives the van with a companion · Does it with a colleague · usually 10 days",
                "3. Drives with a companion · Does it with a colleague · usually 7 days",
                "4. Drives alone · Does it alone"), shownSteps());
        assertEquals(List.of(1, 2, 3, 4), storedSteps().stream().map(LadderStep::order).toList());
        assertEquals(Optional.of("Drives the van with a companion"), storedSteps().get(1).name());

        assertTrue(ladders.undo());
        assertTrue(ladders.undo());
        assertEquals("4. Drives the van with a companion · Does it with a colleague · usually 10 days", shownSteps().get(3));
        assertTrue(ladders.undo());
        assertEquals("4. Drives the minibus alone · Does it alone", shownSteps().get(3));
        assertTrue(ladders.undo());
        assertEquals(3, storedSteps().size(), "the added step is gone again");
        assertFalse(ladders.undo());
    }

    @Test
    void anEmptiedNameBringsBackTheSeededWordsAndAWrongGuideCostsTheNameNothing() {
        ladders.form().nameProperty().set("Meerijden");
        ladders.form().guideProperty().set("a week");
        ladders.commit();
        assertEquals(Optional.of("Meerijden"), storedSteps().getFirst().name(), "the name is stored");
        assertEquals(Optional.of(7), storedSteps().getFirst().guideDays(), "the guide stays as it was");
        assertEquals("The usual time on a step is 1 to 365 days.", ladders.errors().get(LaddersViewModel.FIELD_GUIDE));
        assertEquals("a week", ladders.form().guideProperty().get(), "the wrong text stays to be corrected");

        ladders.form().guideProperty().set("400");
        ladders.commit();
        assertEquals("The usual time on a step is 1 to 365 days.", ladders.errors().get(LaddersViewModel.FIELD_GUIDE));
        assertEquals(Optional.of(7), storedSteps().getFirst().guideDays());

        ladders.form().nameProperty().set("");
        ladders.form().guideProperty().set("5");
        ladders.commit();
        assertEquals(Optional.empty(), storedSteps().getFirst().name());
        assertEquals(Optional.of(5), storedSteps().getFirst().guideDays());
        assertEquals("Rides along as bus companion", ladders.form().nameProperty().get());
        assertNull(ladders.errors().get(LaddersViewModel.FIELD_GUIDE));
    }

    @Test
    void aStepSomeoneReachedIsNotRemovedAndAnotherComesBackInItsPlaceWithUndo() {
        StaffMember marc = services.staff().create(StaffProfile.newcomer("Marc", "Claeys", Programme.LDE,
                LocalDate.of(2025, 1, 6)));
        services.progress().signOff(marc.id(), storedSteps().getFirst().id(), services.progress().today(), "An", "");

        ladders.remove();
        assertEquals("This step was signed off for 1 person(s); it stays as their history.",
                ladders.noticeProperty().get());
        assertEquals(3, storedSteps().size());

        ladders.select(ladders.steps().get(1));
        ladders.remove();
        assertEquals("Removed “Drives with a companion”. Ctrl+Z brings it back.", ladders.noticeProperty().get());
        assertEquals(List.of("1. Rides along as bus companion · Watches and helps · usually 7 days",
                "2. Drives alone · Does it alone"), shownSteps());

        assertTrue(ladders.undo());
        assertEquals("2. Drives with a companion · Does it with a colleague · usually 7 days", shownSteps().get(1));
        assertEquals("", ladders.noticeProperty().get());
    }

    @Test
    void aCompetenceIsAddedForATaskRenamedAndSwitchedOff() {
        CompetencesViewModel model = new CompetencesViewModel(new SameThreadTaskRunner(), services.progress(),
                services.catalogue(), english);
        model.load();
        assertEquals("Work attitude (on time, keeps agreements)", model.nameProperty().get());
        assertNull(model.taskTypes().getFirst(), "the first choice is every task");

        model.newNameProperty().set("  ");
        model.add();
        assertEquals("Give it a name.", model.errors().get(CompetencesViewModel.FIELD_NEW_NAME));
        TaskType kitchen = model.taskTypes().stream().filter(t -> t != null && t.is(TaskType.KITCHEN)).findFirst().orElseThrow();
        model.newNameProperty().set("Hygiene in the kitchen");
        model.newTaskTypeProperty().set(kitchen);
        model.add();
        assertNull(model.errors().get(CompetencesViewModel.FIELD_NEW_NAME));
        Competence added = model.selectedProperty().get();
        assertEquals("Hygiene in the kitchen", model.displayName(added));
        assertEquals(Optional.of(kitchen.id()), added.taskTypeId());
        assertEquals(added, model.competences().getLast(), "added at the end");

        Competence dutch = model.competences().stream().filter(c -> c.code().equals(Optional.of("DUTCH"))).findFirst().orElseThrow();
        model.select(dutch);
        model.nameProperty().set("Nederlands (spreken)");
        model.commit();
        assertEquals(Optional.of("Nederlands (spreken)"), stored(dutch).name());
        model.nameProperty().set("");
        model.commit();
        assertEquals(Optional.empty(), stored(dutch).name(), "the seeded words come back");
        assertEquals("Dutch", model.nameProperty().get());

        model.select(added);
        model.nameProperty().set("");
        model.commit();
        assertEquals("Give it a name.", model.errors().get(CompetencesViewModel.FIELD_NAME),
                "one added here has no seeded words to fall back on");
        model.revertName();
        model.activeProperty().set(false);
        assertFalse(stored(added).active());
        assertTrue(model.undo());
        assertTrue(stored(added).active());
    }

    private Competence stored(Competence c) {
        return services.progress().competences().stream().filter(x -> x.id() == c.id()).findFirst().orElseThrow();
    }

    @Test
    void anExceptionalTermShorterThanTheUsualOneIsRefusedAtItsFieldWhileTheOthersAreStored() {
        ProgrammesViewModel model = new ProgrammesViewModel(new SameThreadTaskRunner(), services.progress(), english);
        model.load();
        ProgrammesViewModel.Row lde = model.row(Programme.LDE);
        assertEquals("60", lde.field(ProgrammesViewModel.FIELD_DURATION).get());
        assertEquals("72", lde.field(ProgrammesViewModel.FIELD_EXTENDED).get());
        assertEquals("6", lde.field(ProgrammesViewModel.FIELD_MEETINGS).get());

        lde.field(ProgrammesViewModel.FIELD_EXTENDED).set("48");
        model.commit(lde, ProgrammesViewModel.FIELD_EXTENDED);
        assertEquals("The exceptional term cannot be shorter than the usual one.",
                lde.errors().get(ProgrammesViewModel.FIELD_EXTENDED));
        lde.field(ProgrammesViewModel.FIELD_MEETINGS).set("six");
        model.commit(lde, ProgrammesViewModel.FIELD_MEETINGS);
        assertEquals("Type a whole number of months, or leave it empty.", lde.errors().get(ProgrammesViewModel.FIELD_MEETINGS));
        lde.field(ProgrammesViewModel.FIELD_MEETINGS).set("4");
        model.commit(lde, ProgrammesViewModel.FIELD_MEETINGS);

        assertEquals(new ProgrammeRule(Programme.LDE, Optional.of(60), Optional.of(72), Optional.of(4)),
                services.progress().rules().get(Programme.LDE));
        assertNull(lde.errors().get(ProgrammesViewModel.FIELD_MEETINGS));
        assertEquals("48", lde.field(ProgrammesViewModel.FIELD_EXTENDED).get(), "the refused text stays to be corrected");

        ProgrammesViewModel.Row article60 = model.row(Programme.ARTICLE_60);
        assertEquals("", article60.field(ProgrammesViewModel.FIELD_DURATION).get(), "an end date per person");
        article60.field(ProgrammesViewModel.FIELD_MEETINGS).set("0");
        model.commit(article60, ProgrammesViewModel.FIELD_MEETINGS);
        assertEquals("Between 1 and 60 months.", article60.errors().get(ProgrammesViewModel.FIELD_MEETINGS));

        assertTrue(model.undo());
        assertEquals(Optional.of(6), services.progress().rules().get(Programme.LDE).meetingEveryMonths());
        assertEquals("6", lde.field(ProgrammesViewModel.FIELD_MEETINGS).get());
    }
}
