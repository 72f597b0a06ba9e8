package be.dagpuzzel.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.core.TimeRange;
import be.dagpuzzel.testing.TestStore;
import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.SameThreadTaskRunner;

class DayTemplatesViewModelTest {

    @TempDir
    Path dir;
    private AppServices services;
    private DayTemplatesViewModel model;
    private long driver;
    private long kitchen;

    @BeforeEach
    void open() {
        services = TestStore.open(dir);
        driver = services.catalogue().taskTypeWithCode(TaskType.DRIVER).orElseThrow().id();
        kitchen = services.catalogue().taskTypeWithCode(TaskType.KITCHEN).orElseThrow().id();
        slot(DayOfWeek.MONDAY, driver, "Ronde 1 ochtend", "07:30", "09:30");
        slot(DayOfWeek.MONDAY, kitchen, "Keuken", "09:30", "14:00");
        slot(DayOfWeek.MONDAY, driver, "Ronde 1 avond", "15:30", "17:00");
        model = new DayTemplatesViewModel(new SameThreadTaskRunner(), services.templates(), services.catalogue(),
                new Messages(Locale.ENGLISH));
        model.load();
    }

    @AfterEach
    void close() {
        services.store().close();
    }

    private void slot(DayOfWeek day, long type, String label, String start, String end) {
        services.templates().addSlot(new TemplateSlotDetails(day, type, label, LocalTime.parse(start),
                LocalTime.parse(end), 1));
    }

    private List<String> storedLabels(DayOfWeek day) {
        return services.templates().slots(day).stream().map(TemplateSlot::label).toList();
    }

    @Test
    void showsMondayFirstWithItsFirstSlotInTheForm() {
        assertEquals(3, model.slots().size());
        assertEquals("Ronde 1 ochtend", model.form().labelProperty().get());
        assertEquals("07:30", model.form().startProperty().get());
        assertEquals(0, model.slotCounts().get(DayOfWeek.SATURDAY));
    }

    @Test
    void aChangedFieldIsStoredAndTimesAreReadAsTyped() {
        model.form().labelProperty().set("Ronde 1 ochtend (lift)");
        model.form().endProperty().set("9u45");
        model.commit();
        TemplateSlot stored = services.templates().slots(DayOfWeek.MONDAY).getFirst();
        assertEquals("Ronde 1 ochtend (lift)", stored.label());
        assertEquals(TimeRange.of("07:30", "09:45"), stored.hours());
        assertEquals(stored, model.slots().getFirst());
        assertEquals("9u45", model.form().endProperty().get(), "the typed text stays while the field is edited");
    }

    @Test
    void anEndBeforeTheStartIsRefusedAtTheFieldWhileTheRightFieldsAreStored() {
        model.form().labelProperty().set("Vroege ronde");
        model.form().endProperty().set("0700");
        model.commit();
        assertEquals("The end lies before the start.", model.form().errors().get(DayTemplateService.FIELD_END));
        assertEquals("0700", model.form().endProperty().get());
        TemplateSlot stored = services.templates().slots(DayOfWeek.MONDAY).getFirst();
        assertEquals("Vroege ronde", stored.label());
        assertEquals(TimeRange.of("07:30", "09:30"), stored.hours());

        model.form().endProperty().set("8:30");
        model.commit();
        assertTrue(model.form().errors().isEmpty());
        assertEquals(TimeRange.of("07:30", "08:30"), services.templates().slots(DayOfWeek.MONDAY).getFirst().hours());
    }

    @Test
    void aTimeThatIsNoTimeAndAWrongNumberOfPeopleAreRefused() {
        model.form().startProperty().set("half acht");
        model.form().peopleProperty().set("0");
        model.commit();
        assertEquals("Please enter a time as 8:30.", model.form().errors().get(DayTemplateService.FIELD_START));
        assertEquals("Please enter a number from 1 to 20.", model.form().errors().get(DayTemplateService.FIELD_PEOPLE));
        assertEquals(1, services.templates().slots(DayOfWeek.MONDAY).getFirst().peopleNeeded());
    }

    @Test
    void choosingAnotherTaskTypeIsStoredAtOnce() {
        TaskType care = model.activeTaskTypes().stream().filter(t -> t.is(TaskType.CARE)).findFirst().orElseThrow();
        model.form().taskTypeProperty().set(care);
        assertEquals(care.id(), services.templates().slots(DayOfWeek.MONDAY).getFirst().taskTypeId());
    }

    @Test
    void aRemovedSlotComesBackInItsPlaceWithUndo() {
        model.select(model.slots().get(1));
        model.remove();
        assertEquals(List.of("Ronde 1 ochtend", "Ronde 1 avond"), storedLabels(DayOfWeek.MONDAY));
        assertEquals("Ronde 1 avond", model.form().labelProperty().get());

        model.undo();
        assertEquals(List.of("Ronde 1 ochtend", "Keuken", "Ronde 1 avond"), storedLabels(DayOfWeek.MONDAY));
        assertEquals("Keuken", model.selectedProperty().get().label());
    }

    @Test
    void undoTakesBackChangesOneByOneEvenAfterARemovalCameBack() {
        model.select(model.slots().get(1));
        model.form().labelProperty().set("Keuken middagmaal");
        model.commit();
        model.remove();
        model.undo();
        model.undo();
        assertEquals(List.of("Ronde 1 ochtend", "Keuken", "Ronde 1 avond"), storedLabels(DayOfWeek.MONDAY));
        model.undo();
        assertEquals("Nothing left to undo.", model.noticeProperty().get());
    }

    @Test
    void undoFirstPutsBackTextThatIsNotStoredYet() {
        model.form().labelProperty().set("half getypt");
        model.undo();
        assertEquals("Ronde 1 ochtend", model.form().labelProperty().get());
        assertEquals("Ronde 1 ochtend", storedLabels(DayOfWeek.MONDAY).getFirst());
    }

    @Test
    void anAddedSlotFollowsTheChosenOneAndUndoRemovesIt() {
        model.select(model.slots().get(1));
        model.add();
        assertEquals(4, model.slots().size());
        TemplateSlot added = model.selectedProperty().get();
        assertEquals("", added.label());
        assertEquals(kitchen, added.taskTypeId());
        assertEquals(List.of("Ronde 1 ochtend", "Keuken", "", "Ronde 1 avond"), storedLabels(DayOfWeek.MONDAY));
        assertEquals("", model.form().labelProperty().get());
        model.undo();
        assertEquals(3, services.templates().slots(DayOfWeek.MONDAY).size());
    }

    @Test
    void slotsMoveUpAndDownAndUndoRestoresTheOrder() {
        model.select(model.slots().get(2));
        model.moveUp();
        assertEquals(List.of("Ronde 1 ochtend", "Ronde 1 avond", "Keuken"), storedLabels(DayOfWeek.MONDAY));
        assertEquals("Ronde 1 avond", model.selectedProperty().get().label());
        model.moveUp();
        model.moveUp();
        assertEquals(List.of("Ronde 1 avond", "Ronde 1 ochtend", "Keuken"), storedLabels(DayOfWeek.MONDAY));
        model.undo();
        model.undo();
        assertEquals(List.of("Ronde 1 ochtend", "Keuken", "Ronde 1 avond"), storedLabels(DayOfWeek.MONDAY));
    }

    @Test
    void aDayIsCopiedToAnotherAndAnEmptyDayIsClosed() {
        model.weekdayProperty().set(DayOfWeek.SATURDAY);
        assertTrue(model.slots().isEmpty());
        assertTrue(model.selectedProperty().get() == null);
        model.weekdayProperty().set(DayOfWeek.MONDAY);
        model.copyTo(DayOfWeek.FRIDAY);
        assertEquals(storedLabels(DayOfWeek.MONDAY), storedLabels(DayOfWeek.FRIDAY));
        assertEquals(3, model.slotCounts().get(DayOfWeek.FRIDAY));
        assertFalse(model.noticeProperty().get().isEmpty());
    }

    @Test
    void undoShowsTheWeekdayOfTheEditItTakesBack() {
        model.select(model.slots().getFirst());
        model.remove();
        model.weekdayProperty().set(DayOfWeek.WEDNESDAY);
        model.undo();
        assertEquals(DayOfWeek.MONDAY, model.weekdayProperty().get());
        assertEquals(3, model.slots().size());
    }
}
