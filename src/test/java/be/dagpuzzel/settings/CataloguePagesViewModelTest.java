package be.dagpuzzel.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.testing.TestStore;
import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.SameThreadTaskRunner;

/** The task types, skills and closing days pages, without the toolkit. */
class CataloguePagesViewModelTest {

    @TempDir
    Path dir;
    private AppServices services;
    private final Messages english = new Messages(Locale.ENGLISH);

    @BeforeEach
    void open() {
        services = TestStore.open(dir);
    }

    @AfterEach
    void close() {
        services.store().close();
    }

    private TaskType stored(String code) {
        return services.catalogue().taskTypeWithCode(code).orElseThrow();
    }

    @Test
    void aSeededSkillIsRenamedSwitchedOffAndUndone() {
        SkillsViewModel model = new SkillsViewModel(new SameThreadTaskRunner(), services.catalogue(), english);
        model.load();
        assertEquals("Driving licence B", model.nameProperty().get());
        Skill licence = model.selectedProperty().get();
        model.nameProperty().set("Rijbewijs B");
        model.commit();
        model.activeProperty().set(false);
        Skill now = services.catalogue().skills().stream().filter(s -> s.id() == licence.id()).findFirst().orElseThrow();
        assertEquals(Optional.of("Rijbewijs B"), now.customName());
        assertFalse(now.active());

        model.undo();
        model.undo();
        now = services.catalogue().skills().stream().filter(s -> s.id() == licence.id()).findFirst().orElseThrow();
        assertEquals(Optional.empty(), now.customName());
        assertTrue(now.active());
        assertEquals("Driving licence B", model.nameProperty().get());
    }

    @Test
    void aSkillNameInUseIsRefusedAtTheFieldAndKeptThere() {
        SkillsViewModel model = new SkillsViewModel(new SameThreadTaskRunner(), services.catalogue(), english);
        model.load();
        model.newNameProperty().set("first aid");
        model.add();
        assertEquals("The name first aid is already in use.", model.errors().get(SkillsViewModel.FIELD_NEW_NAME));
        assertEquals("first aid", model.newNameProperty().get());
        model.newNameProperty().set("Forklift certificate");
        model.add();
        assertEquals("Forklift certificate", model.selectedProperty().get().customName().orElseThrow());
        assertEquals("", model.newNameProperty().get());
    }

    @Test
    void aTaskTypeGetsItsColourSkillsAndSwitchesStoredAtOnce() {
        TaskTypesViewModel model = new TaskTypesViewModel(new SameThreadTaskRunner(), services.catalogue(), english);
        model.load();
        assertEquals("Driver", model.nameProperty().get());
        model.colourProperty().set("#123456");
        model.carePracticeProperty().set(true);
        TaskTypesViewModel.SkillChoice firstAid = model.skills().stream()
                .filter(c -> c.skill().code().orElse("").equals("FIRST_AID")).findFirst().orElseThrow();
        firstAid.required().set(true);
        TaskType driver = stored(TaskType.DRIVER);
        assertEquals("#123456", driver.colour());
        assertTrue(driver.countsAsCarePractice());
        assertTrue(driver.requiredSkillIds().contains(firstAid.skill().id()));

        model.undo();
        assertFalse(stored(TaskType.DRIVER).requiredSkillIds().contains(firstAid.skill().id()));
        assertEquals("#123456", stored(TaskType.DRIVER).colour());
    }

    @Test
    void aTaskTypeNamedLikeAnotherIsRefusedAndTheStoredNameStays() {
        TaskTypesViewModel model = new TaskTypesViewModel(new SameThreadTaskRunner(), services.catalogue(), english);
        model.load();
        model.nameProperty().set("Kitchen");
        model.commit();
        assertEquals("The name Kitchen is already in use.", model.errors().get(TaskCatalogue.FIELD_NAME));
        assertEquals(Optional.empty(), stored(TaskType.DRIVER).customName());
        model.revertName();
        assertTrue(model.errors().isEmpty());

        model.newNameProperty().set("Hairdresser");
        model.add();
        assertEquals("Hairdresser", model.nameProperty().get());
        assertTrue(model.activeProperty().get());
    }

    @Test
    void closingDaysAreTypedAsBelgianDatesAndARemovedOneComesBack() {
        ClosingDaysViewModel model = new ClosingDaysViewModel(new SameThreadTaskRunner(), services.templates(), english);
        model.load();
        model.dateProperty().set("31/02/2026");
        model.add();
        assertEquals("Please enter a date as 27/11/2026.", model.errors().get(DayTemplateService.FIELD_DATE));
        model.dateProperty().set("25/12/2026");
        model.descriptionProperty().set("Christmas");
        model.add();
        assertEquals(1, model.days().size());
        model.dateProperty().set("25-12-2026");
        model.add();
        assertEquals("This day is already a closing day.", model.errors().get(DayTemplateService.FIELD_DATE));

        model.selectedProperty().set(model.days().getFirst());
        model.remove();
        assertTrue(services.templates().closingDays().isEmpty());
        model.undo();
        assertEquals(new ClosingDay(LocalDate.of(2026, 12, 25), "Christmas"), services.templates().closingDays().getFirst());
    }
}
