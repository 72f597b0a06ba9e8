package be.dagpuzzel.staff.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.core.TimeRange;
import be.dagpuzzel.staff.AbsenceKind;
import be.dagpuzzel.staff.Programme;
import be.dagpuzzel.staff.StaffMember;
import be.dagpuzzel.staff.StaffProfile;
import be.dagpuzzel.staff.StaffService;
import be.dagpuzzel.staff.WeeklyAvailability;
import be.dagpuzzel.testing.TestStore;
import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.SameThreadTaskRunner;

class StaffDetailViewModelTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;
    private AppServices services;
    private StaffDetailViewModel model;
    private StaffMember marc;
    private int stored;

    @BeforeEach
    void open() {
        services = TestStore.open(dir);
        marc = services.staff().create(StaffProfile.newcomer("Marc", "Claeys", Programme.LDE, FRIDAY.minusYears(2)));
        services.staff().setAvailability(marc.id(),
                WeeklyAvailability.weekdays(FRIDAY.minusYears(2), TimeRange.of("07:15", "17:00")));
        model = new StaffDetailViewModel(new SameThreadTaskRunner(), services.staff(), services.catalogue(),
                new Messages(Locale.ENGLISH));
        model.setOnStored(() -> stored++);
        model.dateProperty().set(FRIDAY);
        model.open(marc.id());
    }

    @AfterEach
    void close() {
        services.store().close();
    }

    private StaffProfile storedProfile() {
        return services.staff().find(marc.id()).orElseThrow().profile();
    }

    @Test
    void aChangedFieldIsStoredAndCtrlZTakesItBack() {
        model.profile().phoneProperty().set("0476 30 30 12");
        model.commitProfile();
        assertEquals("0476 30 30 12", storedProfile().phone());
        assertTrue(model.undoStack().canUndoProperty().get());

        model.undo();
        assertEquals("", storedProfile().phone());
        assertEquals("", model.profile().phoneProperty().get(), "the form shows the restored value");
    }

    @Test
    void aWronglyTypedDateStaysInTheFieldWithItsMessageAndIsNotStored() {
        model.profile().endDateProperty().set("31/02/2027");
        model.profile().phoneProperty().set("0476");
        model.commitProfile();
        assertEquals("Please enter a date as 27/11/2026.", model.profile().errors().get(StaffService.FIELD_END));
        assertEquals("31/02/2027", model.profile().endDateProperty().get());
        assertEquals(Optional.empty(), storedProfile().endDate(), "the impossible date is not stored");

        model.profile().endDateProperty().set("31/12/2027");
        model.commitProfile();
        assertTrue(model.profile().errors().isEmpty());
        assertEquals(Optional.of(LocalDate.of(2027, 12, 31)), storedProfile().endDate());
        assertEquals("0476", storedProfile().phone(), "the phone, typed beside it, was stored all along");
    }

    @Test
    void oneWrongFieldDoesNotCostTheOtherEdits() {
        model.profile().hoursProperty().set("abc");
        model.profile().phoneProperty().set("0476 22 22 22");
        model.commitProfile();
        assertEquals("0476 22 22 22", storedProfile().phone(), "the correct edit is stored");
        assertEquals("abc", model.profile().hoursProperty().get(), "the wrong one stays to be corrected");
        assertTrue(model.profile().errors().containsKey(StaffService.FIELD_HOURS));
        assertEquals(Optional.empty(), storedProfile().hoursPerWeek());
    }

    @Test
    void hoursAreShownWithTheDecimalCommaInDutch() {
        StaffDetailViewModel dutch = new StaffDetailViewModel(new SameThreadTaskRunner(), services.staff(),
                services.catalogue(), new Messages(be.dagpuzzel.ui.Language.DUTCH.locale(Locale.ROOT)));
        model.profile().hoursProperty().set("30,4");
        model.commitProfile();
        dutch.open(marc.id());
        assertEquals("30,4", dutch.profile().hoursProperty().get());
    }

    @Test
    void aSecondPersonWithTheSameNameGetsAWarningButIsStored() {
        StaffMember other = services.staff().create(StaffProfile.newcomer("Marc", "Peeters", Programme.VOLUNTEER, FRIDAY));
        model.open(other.id());
        model.profile().lastNameProperty().set("Claeys");
        model.commitProfile();
        assertTrue(model.profile().warningProperty().get().contains("Marc Claeys"));
        assertEquals("Claeys", services.staff().find(other.id()).orElseThrow().profile().lastName());
    }

    @Test
    void editingTheHoursOfADayStoresThePatternAndBadTimesAreRefused() {
        AvailabilityModel.DayLine friday = model.availability().lines().get(4);
        friday.toProperty().set("12u30");
        model.saveAvailability();
        assertEquals(Optional.of(TimeRange.of("07:15", "12:30")),
                services.staff().details(marc.id()).patterns().getFirst().on(DayOfWeek.FRIDAY));

        friday.fromProperty().set("13:00");
        model.saveAvailability();
        assertEquals("The end lies before the start.", model.availability().errors().get("day.FRIDAY"));
        assertEquals(Optional.of(TimeRange.of("07:15", "12:30")),
                services.staff().details(marc.id()).patterns().getFirst().on(DayOfWeek.FRIDAY));
    }

    @Test
    void aNewPatternFromALaterDateKeepsTheOldWeeks() {
        model.availability().lines().get(2).worksProperty().set(false);
        model.startPatternFrom("01/12/2026");
        var patterns = services.staff().details(marc.id()).patterns();
        assertEquals(2, patterns.size());
        assertTrue(patterns.get(0).on(DayOfWeek.WEDNESDAY).isPresent(), "old pattern unchanged");
        assertFalse(patterns.get(1).on(DayOfWeek.WEDNESDAY).isPresent());
        assertEquals(LocalDate.of(2026, 12, 1), model.availability().selectedProperty().get().validFrom());

        model.undo();
        assertEquals(1, services.staff().details(marc.id()).patterns().size());
    }

    @Test
    void anAbsenceIsAddedRemovedAndBroughtBack() {
        model.absenceForm().kindProperty().set(AbsenceKind.LEAVE);
        model.absenceForm().fromProperty().set("30/11/2026");
        model.absenceForm().toProperty().set("04/12/2026");
        model.addAbsence();
        assertEquals(1, model.absences().size());
        assertEquals(AbsenceKind.LEAVE, services.staff().details(marc.id()).absences().getFirst().kind());
        assertEquals("27/11/2026", model.absenceForm().fromProperty().get(), "the form is ready for the next one");

        model.removeAbsence(model.absences().getFirst());
        assertTrue(services.staff().details(marc.id()).absences().isEmpty());
        model.undo();
        assertEquals(1, services.staff().details(marc.id()).absences().size());
        assertEquals(1, model.absences().size());
        assertTrue(stored >= 2, "the list was told to refresh");
    }

    @Test
    void aPartOfTheDayNeedsValidTimes() {
        model.absenceForm().partOfDayProperty().set(true);
        model.absenceForm().partFromProperty().set("13:00");
        model.absenceForm().partToProperty().set("noon");
        model.addAbsence();
        assertEquals("Please enter a time as 8:30.", model.absenceForm().errors().get(StaffService.FIELD_PART));
        assertTrue(services.staff().details(marc.id()).absences().isEmpty());
    }

    @Test
    void aSkillWithAnExpiryInThePastShowsAsExpired() {
        SkillLine firstAid = model.skills().stream().filter(s -> s.name().equals("First aid")).findFirst().orElseThrow();
        firstAid.heldProperty().set(true);
        firstAid.expiryProperty().set("01/11/2026");
        model.commitSkill(firstAid);
        assertTrue(firstAid.expiredProperty().get());
        assertEquals(Optional.of(LocalDate.of(2026, 11, 1)),
                services.staff().details(marc.id()).skills().getFirst().expiresOn());

        firstAid.expiryProperty().set("01-13-2026");
        model.commitSkill(firstAid);
        assertEquals("Please enter a date as 27/11/2026.", firstAid.errorProperty().get());
    }

    @Test
    void aSaveThatComesBackAfterAnotherPersonWasOpenedNeitherShowsNorOverwritesThem() {
        StaffMember ann = services.staff().create(StaffProfile.newcomer("Ann", "Hermans", Programme.REGULAR, FRIDAY));
        be.dagpuzzel.testing.QueuedTaskRunner queue = new be.dagpuzzel.testing.QueuedTaskRunner();
        StaffDetailViewModel slow = new StaffDetailViewModel(queue, services.staff(), services.catalogue(),
                new Messages(Locale.ENGLISH));
        slow.open(marc.id());
        queue.runAll();
        slow.profile().phoneProperty().set("0476 11 11 11");
        slow.open(ann.id());       // the list selects Ann on mouse press ...
        slow.commitProfile();      // ... then the phone field loses focus: Marc's form is still shown
        queue.runAll();

        assertEquals("Ann Hermans", slow.detailsProperty().get().member().fullName());
        assertEquals("Ann", slow.profile().firstNameProperty().get());
        assertEquals("0476 11 11 11", storedProfile().phone(), "Marc's change was stored");

        slow.profile().hoursProperty().set("19");
        slow.commitProfile();
        queue.runAll();
        assertEquals("Ann", services.staff().find(ann.id()).orElseThrow().profile().firstName());
        assertEquals(0, new java.math.BigDecimal("19").compareTo(
                services.staff().find(ann.id()).orElseThrow().profile().hoursPerWeek().orElseThrow()));
        assertEquals("Marc", storedProfile().firstName(), "Marc kept his own record");
        assertEquals(2, services.staff().all().size());
    }

    @Test
    void theLearningStageShownPerTaskIsTheLastLadderStepSignedOff() {
        model.setStageStore(services.roster());
        long driving = services.catalogue().taskTypeWithCode("DRIVER").orElseThrow().id();
        var steps = services.progress().ladders().get(driving);
        services.progress().signOff(marc.id(), steps.get(0).id(), FRIDAY.minusDays(8), "", "");
        model.open(marc.id());
        PreferenceLine driver = model.preferences().stream().filter(l -> l.taskTypeId() == driving).findFirst().orElseThrow();
        assertTrue(driver.isDriving());
        assertEquals(be.dagpuzzel.roster.rules.OnboardingStage.OBSERVES, driver.stageProperty().get());

        services.progress().signOff(marc.id(), steps.get(1).id(), FRIDAY, "", "");
        model.open(marc.id());
        driver = model.preferences().stream().filter(l -> l.taskTypeId() == driving).findFirst().orElseThrow();
        assertEquals(be.dagpuzzel.roster.rules.OnboardingStage.ASSISTED, driver.stageProperty().get(),
                "drives with a companion from the day shown");
    }

    @Test
    void archivingIsShownAndCanBeUndone() {
        model.archive();
        assertTrue(services.staff().find(marc.id()).orElseThrow().archived());
        assertTrue(model.detailsProperty().get().member().archived());
        model.undo();
        assertFalse(services.staff().find(marc.id()).orElseThrow().archived());
    }

    @Test
    void erasingIsRefusedWhileTheyWorkHereAndLeavesNoUndoThatBringsTheDataBack() {
        model.erase();
        assertEquals("Only someone who left can be erased: archive them first.", model.generalErrors().get("person"));
        assertEquals("Claeys", storedProfile().lastName());

        model.profile().phoneProperty().set("0476 30 30 12");
        model.commitProfile();
        model.archive();
        model.erase();

        assertEquals("#" + marc.id() + " " + StaffService.ERASED_NAME, model.detailsProperty().get().member().fullName());
        assertEquals("", model.profile().phoneProperty().get(), "the form shows the erased record");
        assertFalse(model.undoStack().canUndoProperty().get(), "no undo puts the phone number back");
        assertTrue(model.detailsProperty().get().absences().isEmpty());
    }
}
