package be.dagpuzzel.staff.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.staff.AbsenceKind;
import be.dagpuzzel.staff.StaffDay;
import be.dagpuzzel.testing.TestStore;
import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.SameThreadTaskRunner;

class QuickAbsenceViewModelTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;
    private AppServices services;
    private QuickAbsenceViewModel model;
    private final List<String> told = new ArrayList<>();

    @BeforeEach
    void open() {
        services = TestStore.open(dir);
        services.demo().fill(FRIDAY);
        model = new QuickAbsenceViewModel(new SameThreadTaskRunner(), services.staff(), new Messages(Locale.ENGLISH), FRIDAY);
        model.load(null);
    }

    @AfterEach
    void close() {
        services.store().close();
    }

    private StaffDay day(String firstName) {
        return services.staff().day(FRIDAY).stream().filter(d -> d.member().profile().firstName().equals(firstName))
                .findFirst().orElseThrow();
    }

    @Test
    void typingPartOfANameAndEnterRecordsASickDay() {
        model.searchProperty().set("tom");
        assertEquals("Tom Willems", model.chosenProperty().get().name());
        model.save(told::add);
        assertEquals(List.of("Tom Willems – Sick: 27/11/2026."), told);
        assertEquals(AbsenceKind.SICK, day("Tom").wholeDayAbsence().orElseThrow().kind());
    }

    @Test
    void aLongerAbsenceOfAnotherKind() {
        model.searchProperty().set("Gerda");
        model.kindProperty().set(AbsenceKind.LEAVE);
        model.untilProperty().set("04/12/2026");
        model.save(told::add);
        assertEquals(List.of("Gerda Verstraeten – Leave: 27/11/2026 until 04/12/2026."), told);
    }

    @Test
    void withoutANameOrForSomeoneAlreadyAwayNothingIsStoredAndTheReasonIsShown() {
        model.save(told::add);
        assertEquals("Type a name first: nobody is chosen.", model.problemProperty().get());

        model.searchProperty().set("sofie");
        model.save(told::add);
        assertEquals("There is already an absence in this period.", model.problemProperty().get());
        assertTrue(told.isEmpty());
    }
}
