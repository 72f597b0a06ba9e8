package be.dagpuzzel.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.core.TimeRange;
import be.dagpuzzel.core.ValidationException;
import be.dagpuzzel.testing.TestStore;

class StaffServiceTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;
    private AppServices services;
    private StaffService staff;

    @BeforeEach
    void open() {
        services = TestStore.open(dir);
        staff = services.staff();
    }

    @AfterEach
    void close() {
        services.store().close();
    }

    private StaffMember marc() {
        return staff.create(StaffProfile.newcomer("Marc", "Claeys", Programme.LDE, MONDAY.minusYears(2)));
    }

    @Test
    void aNewWorkerIsStoredWithHisWholeProfile() {
        StaffMember coach = staff.create(StaffProfile.newcomer("Els", "Vermeulen", Programme.REGULAR, MONDAY.minusYears(5)));
        StaffProfile profile = new StaffProfile("Hassan", "El Amrani", "0479 12 34 56", Programme.INDIVIDUAL_MAATWERK,
                "Maatwerkbedrijf De Schakel", MONDAY, Optional.of(MONDAY.plusYears(2)), Optional.of(new BigDecimal("30.4")),
                Optional.of(coach.id()), DutchLevel.BASIC, "Nieuwe chauffeur", "Rustig, geduldig");
        StaffMember created = staff.create(profile);
        assertEquals(profile, staff.find(created.id()).orElseThrow().profile());
        assertEquals("Hassan El Amrani", created.fullName());
    }

    @Test
    void missingNamesAndAnEndBeforeTheStartAreRefusedTogetherAndNothingIsStored() {
        StaffProfile bad = new StaffProfile(" ", "", "", Programme.VOLUNTEER, "", MONDAY, Optional.of(MONDAY.minusDays(1)),
                Optional.of(BigDecimal.valueOf(80)), Optional.empty(), DutchLevel.FLUENT, "", "");
        ValidationException e = assertThrows(ValidationException.class, () -> staff.create(bad));
        assertEquals("validation.required", e.errorFor(StaffService.FIELD_FIRST_NAME).orElseThrow().messageKey());
        assertEquals("validation.required", e.errorFor(StaffService.FIELD_LAST_NAME).orElseThrow().messageKey());
        assertEquals("validation.endBeforeStart", e.errorFor(StaffService.FIELD_END).orElseThrow().messageKey());
        assertEquals("validation.between", e.errorFor(StaffService.FIELD_HOURS).orElseThrow().messageKey());
        assertTrue(staff.all().isEmpty());
    }

    @Test
    void aSecondPersonWithTheSameNameIsFoundForAWarningButAllowed() {
        StaffMember first = marc();
        assertEquals(List.of(first), staff.sameName(" marc ", "CLAEYS", null));
        assertTrue(staff.sameName("Marc", "Claeys", first.id()).isEmpty());
        staff.create(StaffProfile.newcomer("Marc", "Claeys", Programme.VOLUNTEER, MONDAY));
        assertEquals(2, staff.all().size());
    }

    @Test
    void someoneCannotBeTheirOwnCoach() {
        StaffMember m = marc();
        StaffProfile p = m.profile();
        StaffProfile own = new StaffProfile(p.firstName(), p.lastName(), p.phone(), p.programme(), p.employer(),
                p.startDate(), p.endDate(), p.hoursPerWeek(), Optional.of(m.id()), p.dutchLevel(), p.notes(), p.strengths());
        assertThrows(ValidationException.class, () -> staff.update(m.id(), own));
    }

    @Test
    void aNewPatternTakesOverFromItsDateAndTheOldOneIsKept() {
        StaffMember m = marc();
        staff.setAvailability(m.id(), WeeklyAvailability.weekdays(MONDAY.minusYears(2), TimeRange.of("07:15", "17:00")));
        staff.setAvailability(m.id(), new WeeklyAvailability(MONDAY.plusWeeks(1),
                Map.of(DayOfWeek.MONDAY, TimeRange.of("08:00", "12:00"))));

        assertEquals(Optional.of(TimeRange.of("07:15", "17:00")), scheduled(m, MONDAY));
        assertEquals(Optional.of(TimeRange.of("08:00", "12:00")), scheduled(m, MONDAY.plusWeeks(1)));
        assertEquals(Optional.empty(), scheduled(m, MONDAY.plusWeeks(1).plusDays(1)), "Tuesday is off in the new pattern");
        assertEquals(2, staff.details(m.id()).patterns().size());
    }

    private Optional<TimeRange> scheduled(StaffMember m, LocalDate date) {
        return staff.day(date).stream().filter(d -> d.member().id() == m.id()).findFirst().orElseThrow().scheduled();
    }

    @Test
    void aSickDayMakesSomeoneNotExpectedAndAPartDayLowersTheirHours() {
        StaffMember m = marc();
        staff.setAvailability(m.id(), WeeklyAvailability.weekdays(MONDAY.minusYears(2), TimeRange.of("08:00", "16:00")));
        staff.recordAbsence(AbsenceDraft.wholeDay(m.id(), AbsenceKind.SICK, MONDAY));
        staff.recordAbsence(new AbsenceDraft(m.id(), AbsenceKind.OTHER, MONDAY.plusDays(1), MONDAY.plusDays(1),
                Optional.of(TimeRange.of("13:00", "17:00")), "dokter"));

        StaffDay monday = staff.day(MONDAY).getFirst();
        assertFalse(monday.isExpected());
        assertEquals(AbsenceKind.SICK, monday.wholeDayAbsence().orElseThrow().kind());
        StaffDay tuesday = staff.day(MONDAY.plusDays(1)).getFirst();
        assertTrue(tuesday.isExpected());
        assertEquals(Duration.ofHours(5), tuesday.availableHours());
    }

    @Test
    void absencesOutsideTheContractOrOverlappingAnotherAreRefused() {
        StaffMember m = staff.create(new StaffProfile("Kevin", "Maes", "", Programme.ARTICLE_60, "OCMW", MONDAY,
                Optional.of(MONDAY.plusMonths(6)), Optional.empty(), Optional.empty(), DutchLevel.GOOD, "", ""));
        ValidationException before = assertThrows(ValidationException.class,
                () -> staff.recordAbsence(AbsenceDraft.wholeDay(m.id(), AbsenceKind.LEAVE, MONDAY.minusDays(1))));
        assertEquals("validation.outsideContract", before.errors().getFirst().messageKey());

        staff.recordAbsence(new AbsenceDraft(m.id(), AbsenceKind.LEAVE, MONDAY, MONDAY.plusDays(4), Optional.empty(), ""));
        ValidationException overlap = assertThrows(ValidationException.class,
                () -> staff.recordAbsence(AbsenceDraft.wholeDay(m.id(), AbsenceKind.SICK, MONDAY.plusDays(2))));
        assertEquals("validation.absenceOverlaps", overlap.errors().getFirst().messageKey());

        ValidationException backwards = assertThrows(ValidationException.class, () -> staff.recordAbsence(
                new AbsenceDraft(m.id(), AbsenceKind.SICK, MONDAY.plusDays(9), MONDAY.plusDays(8), Optional.empty(), "")));
        assertEquals("validation.endBeforeStart", backwards.errors().getFirst().messageKey());
        assertEquals(1, staff.details(m.id()).absences().size());
    }

    @Test
    void someoneWithoutHistoryCanBeDeletedSomeoneWithHistoryOnlyArchived() {
        StaffMember fresh = staff.create(StaffProfile.newcomer("Lotte", "Mertens", Programme.TRAINEE, MONDAY));
        assertFalse(staff.details(fresh.id()).hasHistory());
        staff.delete(fresh.id());
        assertTrue(staff.find(fresh.id()).isEmpty());

        StaffMember m = marc();
        staff.recordAbsence(AbsenceDraft.wholeDay(m.id(), AbsenceKind.SICK, MONDAY));
        assertTrue(staff.details(m.id()).hasHistory());
        assertThrows(ValidationException.class, () -> staff.delete(m.id()));
        staff.archive(m.id());
        assertTrue(staff.find(m.id()).orElseThrow().archived());
        assertTrue(staff.day(MONDAY).isEmpty(), "archived people are not planned");
        staff.restore(m.id());
        assertFalse(staff.find(m.id()).orElseThrow().archived());
    }

    @Test
    void skillsWithExpiryAndPreferencesAreKept() {
        StaffMember m = marc();
        long licence = services.catalogue().skillWithCode("DRIVING_LICENCE_B").orElseThrow().id();
        long kitchen = services.catalogue().taskTypeWithCode("KITCHEN").orElseThrow().id();
        staff.setSkill(m.id(), new StaffSkill(licence, Optional.of(MONDAY.plusDays(3))));
        staff.setPreference(m.id(), kitchen, Preference.RATHER_NOT);

        StaffDetails details = staff.details(m.id());
        StaffSkill skill = details.skills().getFirst();
        assertFalse(skill.isExpiredOn(MONDAY.plusDays(3)), "valid on its expiry date");
        assertTrue(skill.isExpiredOn(MONDAY.plusDays(4)));
        assertEquals(Map.of(kitchen, Preference.RATHER_NOT), details.preferences());

        staff.setPreference(m.id(), kitchen, Preference.NEUTRAL);
        staff.removeSkill(m.id(), licence);
        assertTrue(staff.details(m.id()).preferences().isEmpty());
        assertTrue(staff.details(m.id()).skills().isEmpty());
    }
}
