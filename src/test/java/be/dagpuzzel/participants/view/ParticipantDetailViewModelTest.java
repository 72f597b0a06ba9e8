package be.dagpuzzel.participants.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.core.Address;
import be.dagpuzzel.core.Coordinates;
import be.dagpuzzel.testing.QueuedTaskRunner;
import be.dagpuzzel.testing.TestStore;
import be.dagpuzzel.transport.MobilityAid;
import be.dagpuzzel.transport.Participant;
import be.dagpuzzel.transport.ParticipantDetails;
import be.dagpuzzel.transport.ParticipantService;
import be.dagpuzzel.transport.Route;
import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.SameThreadTaskRunner;

/** The profile of one participant in the demo centre, edited field by field as the nurse does. */
class ParticipantDetailViewModelTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;
    private AppServices services;
    private ParticipantDetailViewModel model;
    private Participant rita;
    private int stored;

    @BeforeEach
    void open() {
        services = TestStore.open(dir);
        services.demo().fill(FRIDAY);
        rita = services.participants().add(new ParticipantDetails("Rita", "Aerts",
                new Address("Kerkstraat", "14", "9299", "Lindegem"), Optional.of(new Coordinates(51.02, 3.81)),
                "09 310 11 22", "Kind Aerts", "0470 11 22 33", FRIDAY.minusYears(1), null, MobilityAid.WALKER, 4, true,
                "Sleutelkluis 4711", null, null, "Diabetes"), EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        model = detail(new SameThreadTaskRunner());
        model.setOnStored(() -> stored++);
        model.open(rita.id());
    }

    private ParticipantDetailViewModel detail(be.dagpuzzel.ui.TaskRunner runner) {
        ParticipantDetailViewModel m = new ParticipantDetailViewModel(runner, services.participants(),
                services.transport(), new Messages(Locale.ENGLISH));
        m.dateProperty().set(FRIDAY);
        return m;
    }

    @AfterEach
    void close() {
        services.store().close();
    }

    private Participant storedRita() {
        return services.participants().find(rita.id()).orElseThrow();
    }

    @Test
    void theDriverNoteIsStoredWhenLeftAndCtrlZTakesItBack() {
        assertEquals("Sleutelkluis 4711", model.profile().driverNoteProperty().get());
        model.profile().driverNoteProperty().set("Bellen en even wachten");
        model.commitProfile();
        assertEquals("Bellen en even wachten", storedRita().driverNote());
        assertEquals(1, stored, "the list is told so it can refresh the line");

        assertTrue(model.undo());
        assertEquals("Sleutelkluis 4711", storedRita().driverNote());
        assertEquals("Sleutelkluis 4711", model.profile().driverNoteProperty().get(), "the form shows it again");
        assertFalse(model.undoStack().canUndoProperty().get());
    }

    @Test
    void aWrongPostcodeKeepsItsMessageAndTheStoredPostcodeWhileTheOtherFieldsAreStored() {
        model.profile().postcodeProperty().set("92A9");
        model.profile().phoneProperty().set("0499 12 34 56");
        model.commitProfile();

        assertEquals("A Belgian postcode has four digits, e.g. 9000.",
                model.profile().errors().get(ParticipantService.FIELD_POSTCODE));
        assertEquals("9299", storedRita().address().postcode());
        assertEquals("0499 12 34 56", storedRita().phone());
        assertEquals("92A9", model.profile().postcodeProperty().get(), "what she typed stays to be corrected");

        model.profile().postcodeProperty().set("9230");
        model.commitProfile();
        assertEquals("9230", storedRita().address().postcode());
        assertTrue(model.profile().errors().isEmpty());
    }

    @Test
    void onlyOneCoordinateOrOneOutOfRangeIsRefusedWithAMessageAndTheStoredPlaceStays() {
        model.profile().longitudeProperty().set("");
        model.commitProfile();
        assertEquals("Fill in both latitude and longitude, or leave both empty.",
                model.profile().errors().get(ParticipantFormModel.FIELD_LONGITUDE));
        assertEquals(Optional.of(new Coordinates(51.02, 3.81)), storedRita().coordinates());

        model.profile().longitudeProperty().set("3,8");
        model.profile().latitudeProperty().set("151.02");
        model.commitProfile();
        assertEquals("Latitude is a number from -90 to 90 (about 51 in Flanders).",
                model.profile().errors().get(ParticipantFormModel.FIELD_LATITUDE));
        assertEquals(Optional.of(new Coordinates(51.02, 3.81)), storedRita().coordinates());

        model.profile().latitudeProperty().set("51,05");
        model.commitProfile();
        assertTrue(model.profile().errors().isEmpty());
        assertEquals(Optional.of(new Coordinates(51.05, 3.8)), storedRita().coordinates(), "a Belgian decimal comma");

        model.profile().latitudeProperty().set("");
        model.profile().longitudeProperty().set("");
        model.commitProfile();
        assertEquals(Optional.empty(), storedRita().coordinates(), "both empty clears the place");
    }

    @Test
    void aDriverNoteLongerThanARouteSheetLineIsRefused() {
        model.profile().driverNoteProperty().set("x".repeat(ParticipantService.DRIVER_NOTE_MAX + 1));
        model.commitProfile();
        assertEquals("Too long: at most 120 characters.",
                model.profile().errors().get(ParticipantService.FIELD_DRIVER_NOTE));
        assertEquals("Sleutelkluis 4711", storedRita().driverNote());
    }

    @Test
    void theUsualRunIsChosenFromTheRoutesOrNone() {
        List<RouteChoice> choices = model.profile().routes();
        assertEquals(List.of("None / own transport", "Ronde 1", "Ronde 2"),
                choices.stream().map(RouteChoice::name).toList());
        assertTrue(model.profile().routeProperty().get().isNone());

        Route ronde2 = services.transport().routes().get(1);
        model.profile().routeProperty().set(choices.get(2));
        model.profile().stopOrderProperty().set("3");
        model.commitProfile();
        assertEquals(Optional.of(ronde2.id()), storedRita().usualRouteId());
        assertEquals(Optional.of(3), storedRita().usualStopOrder());

        model.profile().routeProperty().set(choices.getFirst());
        model.commitProfile();
        assertEquals(Optional.empty(), storedRita().usualRouteId());
    }

    @Test
    void archivingIsStoredShownAndUndoneWithCtrlZ() {
        model.archive();
        assertTrue(storedRita().archived());
        assertTrue(model.participantProperty().get().archived());

        model.undo();
        assertFalse(storedRita().archived());
        assertFalse(model.participantProperty().get().archived());
    }

    @Test
    void aSaveThatComesBackAfterAnotherParticipantWasOpenedDoesNotShowOverThem() {
        Participant maria = services.participants().all().stream().filter(p -> p.firstName().equals("Maria"))
                .findFirst().orElseThrow();
        QueuedTaskRunner queue = new QueuedTaskRunner();
        ParticipantDetailViewModel slow = detail(queue);
        slow.open(rita.id());
        queue.runAll();
        slow.profile().phoneProperty().set("0499 00 00 00");
        slow.open(maria.id());      // the list selects Maria on mouse press ...
        slow.commitProfile();       // ... then the phone field loses focus: Rita's form is still shown
        queue.runAll();

        assertEquals("Maria", slow.profile().firstNameProperty().get());
        assertEquals(maria.phone(), slow.profile().phoneProperty().get());
        assertEquals("0499 00 00 00", storedRita().phone(), "Rita's change was stored for Rita");
        assertEquals(maria.phone(), services.participants().find(maria.id()).orElseThrow().phone());
        assertEquals("Maria", slow.participantProperty().get().firstName(), "Rita's late save does not show over Maria");
        assertFalse(slow.undoStack().canUndoProperty().get(), "Maria has nothing to undo");

        slow.profile().contactNameProperty().set("Zoon Jan");
        slow.commitProfile();
        queue.runAll();
        assertEquals("Zoon Jan", services.participants().find(maria.id()).orElseThrow().contactName());
        assertEquals("Rita", storedRita().firstName(), "Rita kept her own record");
        assertEquals("Kind Aerts", storedRita().contactName());
    }

    @Test
    void aParticipantWhoIsNotOpenCannotBeChanged() {
        ParticipantDetailViewModel empty = detail(new SameThreadTaskRunner());
        empty.commitProfile();
        empty.archive();
        empty.attendance().addCall();
        assertNull(empty.participantProperty().get());
    }
}
