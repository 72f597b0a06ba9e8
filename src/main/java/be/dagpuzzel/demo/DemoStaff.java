package be.dagpuzzel.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import be.dagpuzzel.core.TimeRange;
import be.dagpuzzel.settings.TaskCatalogue;
import be.dagpuzzel.settings.TaskType;
import be.dagpuzzel.staff.AbsenceDraft;
import be.dagpuzzel.staff.AbsenceKind;
import be.dagpuzzel.staff.DutchLevel;
import be.dagpuzzel.staff.Preference;
import be.dagpuzzel.staff.Programme;
import be.dagpuzzel.staff.StaffMember;
import be.dagpuzzel.staff.StaffProfile;
import be.dagpuzzel.staff.StaffService;
import be.dagpuzzel.staff.StaffSkill;
import be.dagpuzzel.staff.WeeklyAvailability;

/**
 * The demo centre's team of 18: regular staff, social-economy workers in several programmes,
 * volunteers and a trainee, with their hours, skills, preferences and a few absences. All invented.
 */
final class DemoStaff {

    private static final String LDE_EMPLOYER = "Buurtdiensten Lindegem vzw";
    private static final String MAATWERK_EMPLOYER = "Maatwerkbedrijf De Schakel";
    private static final String OCMW = "OCMW Lindegem";

    private final TaskCatalogue catalogue;
    private final StaffService staff;
    private final Map<String, Long> ids = new HashMap<>();
    private LocalDate today;

    DemoStaff(TaskCatalogue catalogue, StaffService staff) {
        this.catalogue = catalogue;
        this.staff = staff;
    }

    void fill(LocalDate day) {
        this.today = day;
        person("Gerda", "Verstraeten", Programme.REGULAR, "", years(14), null, 38, DutchLevel.FLUENT,
                "Hoofdverpleegkundige; plant de dag en begeleidt de medewerkers sociale economie.", "0471 23 45 01");
        hours("Gerda", "08:00", "16:30", 1, 2, 3, 4, 5);
        skills("Gerda", "FIRST_AID", "LIFTING_TRANSFER");
        likes("Gerda", TaskType.CARE);

        person("Sofie", "Van Damme", Programme.REGULAR, "", years(6), null, 30.4, DutchLevel.FLUENT,
                "Zorgkundige.", "0472 11 20 33");
        hours("Sofie", "08:30", "16:30", 1, 2, 3, 4);
        skills("Sofie", "FIRST_AID", "LIFTING_TRANSFER");
        likes("Sofie", TaskType.CARE);

        person("Ilse", "De Smet", Programme.REGULAR, "", years(3), null, 15.2, DutchLevel.FLUENT,
                "Zorgkundige, deeltijds.", "0473 88 12 40");
        hours("Ilse", "08:30", "13:00", 2, 3, 5);
        skills("Ilse", "LIFTING_TRANSFER");

        person("Els", "Vermeulen", Programme.REGULAR, "", years(9), null, 38, DutchLevel.FLUENT,
                "Animator; coach voor de LDE-medewerkers.", "0474 56 78 90");
        hours("Els", "09:00", "16:30", 1, 2, 3, 4, 5);
        skills("Els", "FIRST_AID");
        likes("Els", TaskType.ANIMATION);

        person("Ann", "Hermans", Programme.REGULAR, "", years(4), null, 22.8, DutchLevel.FLUENT,
                "Animator groep dementie.", "0475 44 10 21");
        hours("Ann", "09:00", "16:30", 1, 2, 3);
        likes("Ann", TaskType.ANIMATION);

        person("Marc", "Claeys", Programme.LDE, LDE_EMPLOYER, years(3), null, 38, DutchLevel.FLUENT,
                "Vaste chauffeur ronde 1.", "0476 30 30 12");
        hours("Marc", "07:15", "17:00", 1, 2, 3, 4, 5);
        skills("Marc", "DRIVING_LICENCE_B", "LIFT_BUS");
        likes("Marc", TaskType.DRIVER);
        ratherNot("Marc", TaskType.KITCHEN);
        coach("Marc", "Els");

        person("Patrick", "Goossens", Programme.LDE, LDE_EMPLOYER, years(2), null, 30.4, DutchLevel.FLUENT,
                "Chauffeur ronde 2; helpt graag in de logistiek.", "0477 21 09 87");
        hours("Patrick", "07:15", "17:00", 1, 2, 3, 4);
        skills("Patrick", "DRIVING_LICENCE_B", "LIFT_BUS", "FIRST_AID");
        likes("Patrick", TaskType.DRIVER);
        likes("Patrick", TaskType.LOGISTICS);
        coach("Patrick", "Els");

        person("Joris", "Desmet", Programme.COLLECTIVE_MAATWERK, MAATWERK_EMPLOYER, years(5), null, 30.4,
                DutchLevel.FLUENT, "Rijdt op vrijdag en bij afwezigheden.", "0478 65 43 21");
        hours("Joris", "07:15", "17:00", 1, 3, 5);
        skills("Joris", "DRIVING_LICENCE_B");
        skill("Joris", "LIFT_BUS", today.minusMonths(2));
        ratherNot("Joris", TaskType.ANIMATION);

        person("Hassan", "El Amrani", Programme.INDIVIDUAL_MAATWERK, MAATWERK_EMPLOYER, today.minusWeeks(2), null,
                30.4, DutchLevel.BASIC, "Nieuwe chauffeur in opleiding: rijdt mee als begeleider.", "0479 12 34 56");
        hours("Hassan", "07:15", "16:00", 1, 2, 3, 4, 5);
        skills("Hassan", "DRIVING_LICENCE_B");
        likes("Hassan", TaskType.LOGISTICS);
        likes("Hassan", TaskType.DRIVER);
        coach("Hassan", "Gerda");

        person("Nathalie", "Wouters", Programme.COLLECTIVE_MAATWERK, MAATWERK_EMPLOYER, years(7), null, 26.6,
                DutchLevel.FLUENT, "", "0485 10 20 30");
        hours("Nathalie", "09:00", "15:00", 1, 2, 3, 4, 5);
        skill("Nathalie", "KITCHEN_HYGIENE", today.plusYears(1));
        likes("Nathalie", TaskType.KITCHEN);
        ratherNot("Nathalie", TaskType.CARE);

        person("Ahmed", "Benali", Programme.INDIVIDUAL_MAATWERK, MAATWERK_EMPLOYER, years(1), null, 22.8,
                DutchLevel.GOOD, "Kookt graag, wil verder in grootkeuken.", "0486 77 66 55");
        hours("Ahmed", "08:00", "14:00", 1, 2, 3, 4, 5);
        skill("Ahmed", "KITCHEN_HYGIENE", today.minusDays(20));
        likes("Ahmed", TaskType.KITCHEN);
        coach("Ahmed", "Gerda");

        person("Fatma", "Yilmaz", Programme.LDE, LDE_EMPLOYER, years(2), null, 30.4, DutchLevel.GOOD,
                "Wil het attest zorgkundige halen.", "0487 45 45 45");
        hours("Fatma", "08:30", "16:30", 1, 2, 4, 5);
        skills("Fatma", "LIFTING_TRANSFER");
        likes("Fatma", TaskType.CARE);
        coach("Fatma", "Gerda");

        person("Tom", "Willems", Programme.LDE, LDE_EMPLOYER, years(4), null, 38, DutchLevel.FLUENT,
                "Logistiek en busbegeleiding.", "0488 98 76 54");
        hours("Tom", "07:15", "17:00", 1, 2, 3, 4, 5);
        skills("Tom", "FIRST_AID");
        likes("Tom", TaskType.BUS_COMPANION);
        likes("Tom", TaskType.LOGISTICS);
        coach("Tom", "Els");

        person("Kevin", "Maes", Programme.ARTICLE_60, OCMW, today.minusMonths(9), today.plusMonths(9), 38,
                DutchLevel.GOOD, "Artikel 60 tot " + today.plusMonths(9) + ".", "0489 01 02 03");
        hours("Kevin", "08:30", "16:30", 1, 2, 3, 4, 5);
        likes("Kevin", TaskType.LOGISTICS);
        ratherNot("Kevin", TaskType.CARE);
        coach("Kevin", "Gerda");

        person("Mieke", "Aerts", Programme.ARTICLE_60, OCMW, today.minusMonths(3), today.plusMonths(9), 30.4,
                DutchLevel.BEGINNER, "Start in de logistiek terwijl ze Nederlands leert.", "0490 11 22 33");
        hours("Mieke", "09:00", "15:30", 1, 2, 3, 4, 5);
        likes("Mieke", TaskType.KITCHEN);
        coach("Mieke", "Els");

        person("Dirk", "Peeters", Programme.VOLUNTEER, "", years(6), null, 0, DutchLevel.FLUENT,
                "Vrijwillige chauffeur op dinsdag en donderdag.", "0491 55 44 33");
        hours("Dirk", "07:15", "12:00", 2, 4);
        skills("Dirk", "DRIVING_LICENCE_B", "LIFT_BUS");
        likes("Dirk", TaskType.DRIVER);

        person("Rita", "Jacobs", Programme.VOLUNTEER, "", years(8), null, 0, DutchLevel.FLUENT,
                "Vrijwilliger animatie: zingen en handwerk.", "0492 66 77 88");
        hours("Rita", "13:00", "16:30", 1, 3);
        likes("Rita", TaskType.ANIMATION);

        person("Lotte", "Mertens", Programme.TRAINEE, "Hogeschool Lindegem", today.minusWeeks(6), today.plusWeeks(8), 0,
                DutchLevel.FLUENT, "Stagiair zorgkundige.", "0493 12 12 12");
        hours("Lotte", "08:30", "16:00", 1, 2, 3, 4);
        likes("Lotte", TaskType.CARE);
        coach("Lotte", "Sofie");

        staff.recordAbsence(AbsenceDraft.wholeDay(id("Sofie"), AbsenceKind.SICK, today));
        LocalDate nextMonday = today.with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.MONDAY));
        staff.recordAbsence(new AbsenceDraft(id("Patrick"), AbsenceKind.LEAVE, nextMonday, nextMonday.plusDays(4),
                Optional.empty(), "Verlof"));
        staff.recordAbsence(new AbsenceDraft(id("Kevin"), AbsenceKind.OTHER, today, today,
                Optional.of(TimeRange.of("13:30", "16:30")), "Afspraak VDAB"));
        staff.recordAbsence(new AbsenceDraft(id("Els"), AbsenceKind.TRAINING, nextMonday.plusDays(2),
                nextMonday.plusDays(2), Optional.empty(), "Vorming dementie"));
    }

    private LocalDate years(int n) {
        return today.minusYears(n).withDayOfMonth(1);
    }

    private void person(String first, String last, Programme programme, String employer, LocalDate start,
                        LocalDate end, double hours, DutchLevel dutch, String notes, String phone) {
        StaffProfile profile = new StaffProfile(first, last, phone, programme, employer, start, Optional.ofNullable(end),
                hours > 0 ? Optional.of(BigDecimal.valueOf(hours)) : Optional.empty(), Optional.empty(), dutch, notes, "");
        StaffMember member = staff.create(profile);
        ids.put(first, member.id());
    }

    private long id(String first) {
        return ids.get(first);
    }

    private void hours(String first, String from, String to, int... weekdays) {
        Map<DayOfWeek, TimeRange> days = new EnumMap<>(DayOfWeek.class);
        for (int d : weekdays) {
            days.put(DayOfWeek.of(d), TimeRange.of(from, to));
        }
        LocalDate start = staff.find(id(first)).orElseThrow().profile().startDate();
        staff.setAvailability(id(first), new WeeklyAvailability(start, days));
    }

    private void skills(String first, String... codes) {
        for (String code : codes) {
            staff.setSkill(id(first), new StaffSkill(catalogue.skillWithCode(code).orElseThrow().id(), Optional.empty()));
        }
    }

    private void skill(String first, String code, LocalDate expires) {
        staff.setSkill(id(first), new StaffSkill(catalogue.skillWithCode(code).orElseThrow().id(), Optional.of(expires)));
    }

    private void likes(String first, String taskCode) {
        staff.setPreference(id(first), catalogue.taskTypeWithCode(taskCode).orElseThrow().id(), Preference.LIKES);
    }

    private void ratherNot(String first, String taskCode) {
        staff.setPreference(id(first), catalogue.taskTypeWithCode(taskCode).orElseThrow().id(), Preference.RATHER_NOT);
    }

    private void coach(String first, String coachFirst) {
        StaffMember member = staff.find(id(first)).orElseThrow();
        StaffProfile p = member.profile();
        staff.update(member.id(), new StaffProfile(p.firstName(), p.lastName(), p.phone(), p.programme(), p.employer(),
                p.startDate(), p.endDate(), p.hoursPerWeek(), Optional.of(id(coachFirst)), p.dutchLevel(), p.notes(),
                p.strengths()));
    }
}
