package be.dagpuzzel.participants.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.core.Address;
import be.dagpuzzel.testing.TestStore;
import be.dagpuzzel.transport.AbsenceReason;
import be.dagpuzzel.transport.AttendancePattern;
import be.dagpuzzel.transport.MobilityAid;
import be.dagpuzzel.transport.Participant;
import be.dagpuzzel.transport.ParticipantAbsence;
import be.dagpuzzel.transport.ParticipantDetails;
import be.dagpuzzel.transport.ParticipantService;
import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.SameThreadTaskRunner;

/** Weekdays from a date, "not coming" calls and extra days of one participant, as the attendance tab edits them. */
class ParticipantAttendanceViewModelTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);
    private static final LocalDate NEXT_MONDAY = FRIDAY.plusDays(3);

    @TempDir
    Path dir;
    private AppServices services;
    private ParticipantDetailViewModel detail;
    private AttendanceViewModel attendance;
    private Participant rita;

    @BeforeEach
    void open() {
        services = TestStore.open(dir);
        services.demo().fill(FRIDAY);
        rita = services.participants().add(new ParticipantDetails("Rita", "Aerts",
                new Address("Kerkstraat", "14", "9299", "Lindegem"), Optional.empty(), "", "", "",
                LocalDate.of(2025, 3, 3), null, MobilityAid.NONE, 2, false, "", null, null, ""),
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        detail = new ParticipantDetailViewModel(new SameThreadTaskRunner(), services.participants(),
                services.transport(), new Messages(Locale.ENGLISH));
        detail.dateProperty().set(FRIDAY);
        detail.open(rita.id());
        attendance = detail.attendance();
    }

    @AfterEach
    void close() {
        services.store().close();
    }

    private List<String> patternTexts() {
        return attendance.patterns().stream().map(AttendanceViewModel.PatternLine::text).toList();
    }

    private Set<DayOfWeek> storedDaysOn(LocalDate date) {
        return ParticipantService.patternOn(services.participants().patterns(rita.id()), date)
                .map(AttendancePattern::days).orElseThrow();
    }

    @Test
    void newWeekdaysFromADateLeaveTheWeeksBeforeAsTheyWere() {
        assertEquals("Comes on Mon Fri.", attendance.inForceProperty().get());
        assertEquals(List.of("From 03/03/2025: Mon Fri (now)"), patternTexts());

        attendance.patternForm().fromProperty().set("30/11/2026");
        attendance.patternForm().dayProperty(DayOfWeek.MONDAY).set(false);
        attendance.patternForm().dayProperty(DayOfWeek.WEDNESDAY).set(true);
        attendance.addPattern();

        assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), storedDaysOn(FRIDAY));
        assertEquals(EnumSet.of(DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), storedDaysOn(NEXT_MONDAY));
        assertEquals(List.of("From 30/11/2026 on: Wed Fri (planned)", "From 03/03/2025: Mon Fri (now)"),
                patternTexts());
    }

    @Test
    void aPlannedChangeCanBeRemovedAndBroughtBackButThePatternInForceCannotBeRemoved() {
        services.participants().setPattern(rita.id(), NEXT_MONDAY, EnumSet.of(DayOfWeek.TUESDAY));
        detail.open(rita.id());
        AttendanceViewModel.PatternLine planned = attendance.patterns().getFirst();
        AttendanceViewModel.PatternLine now = attendance.patterns().get(1);
        assertTrue(planned.removable());
        assertFalse(now.removable(), "the weekdays in force are history: change them from a date instead");

        attendance.removePattern(now);
        assertEquals(2, services.participants().patterns(rita.id()).size());

        attendance.removePattern(planned);
        assertEquals(1, services.participants().patterns(rita.id()).size());
        assertEquals(List.of("From 03/03/2025: Mon Fri (now)"), patternTexts());

        detail.undo();
        assertEquals(EnumSet.of(DayOfWeek.TUESDAY), storedDaysOn(NEXT_MONDAY));
        assertEquals(2, attendance.patterns().size());
    }

    @Test
    void newWeekdaysAfterTheEndDateAreRefusedWithTheServicesMessage() {
        detail.profile().endDateProperty().set("31/12/2026");
        detail.commitProfile();
        attendance.patternForm().fromProperty().set("04/01/2027");
        attendance.addPattern();
        assertEquals("This date lies after the participant’s end date.",
                attendance.patternForm().errors().get(PatternFormModel.FIELD_FROM));
        assertEquals(1, services.participants().patterns(rita.id()).size());
    }

    @Test
    void aNotComingCallIsListedRefusedWhenItOverlapsAndRemovedWithUndoBringingItBack() {
        attendance.callForm().toProperty().set("04/12/2026");
        attendance.callForm().reasonProperty().set(AbsenceReason.HOSPITAL);
        attendance.callForm().noteProperty().set("Heupoperatie");
        attendance.addCall();

        assertEquals(1, attendance.calls().size());
        ParticipantAbsence call = attendance.calls().getFirst();
        assertEquals("27/11/2026 – 04/12/2026", attendance.period(call));
        assertEquals(AbsenceReason.HOSPITAL, call.reason());
        assertEquals("", attendance.callForm().noteProperty().get(), "the form is empty for the next call");
        assertTrue(services.participants().attendance(FRIDAY).absent().containsKey(rita.id()));

        attendance.callForm().fromProperty().set("30/11/2026");
        attendance.addCall();
        assertEquals("There is already a call for these days.",
                attendance.callForm().errors().get(CallFormModel.FIELD_FROM));
        assertEquals(1, services.participants().absencesOf(rita.id()).size());

        attendance.removeCall(call);
        assertTrue(attendance.calls().isEmpty());
        assertTrue(services.participants().absencesOf(rita.id()).isEmpty());
        detail.undo();
        assertEquals(List.of(call), services.participants().absencesOf(rita.id()));
        assertEquals(List.of(call), attendance.calls());
    }

    @Test
    void aCallWithAWrongDateIsNotStored() {
        attendance.callForm().fromProperty().set("31/11/2026");
        attendance.addCall();
        assertEquals("Please enter a date as 27/11/2026.", attendance.callForm().errors().get(CallFormModel.FIELD_FROM));
        assertTrue(services.participants().absencesOf(rita.id()).isEmpty());
    }

    @Test
    void anExtraDayIsAddedOnceNotOnAUsualDayAndRemovedWithUndo() {
        LocalDate wednesday = FRIDAY.plusDays(5);
        attendance.extraDateProperty().set("02/12/2026");
        attendance.addExtraDay();
        assertEquals(List.of(wednesday), services.participants().extraDays(rita.id()));
        assertEquals(List.of(wednesday), attendance.extraDays());
        assertTrue(services.participants().attendance(wednesday).expected().stream().anyMatch(p -> p.id() == rita.id()));

        attendance.extraDateProperty().set("02/12/2026");
        attendance.addExtraDay();
        assertEquals("This is already an extra day.", attendance.extraErrors().get(AttendanceViewModel.FIELD_EXTRA_DATE));

        attendance.extraDateProperty().set("04/12/2026");
        attendance.addExtraDay();
        assertEquals("This participant already comes on Friday.",
                attendance.extraErrors().get(AttendanceViewModel.FIELD_EXTRA_DATE));
        assertEquals(1, services.participants().extraDays(rita.id()).size());

        attendance.removeExtraDay(wednesday);
        assertTrue(services.participants().extraDays(rita.id()).isEmpty());
        detail.undo();
        assertEquals(List.of(wednesday), services.participants().extraDays(rita.id()));
    }
}
