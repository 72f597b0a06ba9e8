package be.dagpuzzel.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import be.dagpuzzel.progress.CoachingNote;
import be.dagpuzzel.progress.Competence;
import be.dagpuzzel.progress.CompetenceRating;
import be.dagpuzzel.progress.GoalStatus;
import be.dagpuzzel.progress.GuidanceSession;
import be.dagpuzzel.progress.LadderStep;
import be.dagpuzzel.progress.Meeting;
import be.dagpuzzel.progress.MeetingKind;
import be.dagpuzzel.progress.Phase;
import be.dagpuzzel.progress.PopGoal;
import be.dagpuzzel.progress.ProgressRecords;
import be.dagpuzzel.progress.ProgressService;
import be.dagpuzzel.progress.Training;
import be.dagpuzzel.progress.Trajectory;
import be.dagpuzzel.progress.TransitionPhase;
import be.dagpuzzel.review.Observation;
import be.dagpuzzel.review.ReviewService;
import be.dagpuzzel.roster.RosterService;
import be.dagpuzzel.settings.TaskCatalogue;
import be.dagpuzzel.settings.TaskType;
import be.dagpuzzel.staff.StaffMember;
import be.dagpuzzel.staff.StaffService;

/**
 * Three social-economy workers of the demo centre at different points, with the history that makes
 * their progress pages worth looking at: Hassan, the new driver in his second week (a goal, a first
 * meeting planned); Fatma, two years in and on her way to the care-assistant certificate (a year and a
 * half of rosters and feedback, ratings rising, meetings, goals, training, coaching notes); Tom, four
 * years in, whose trajectory ends within a year, in the job-matching phase of his transition path
 * towards a logistics job. Stored in a few transactions; the same for the same {@code today}. All invented.
 */
final class DemoProgress {

    static final String FATMA_NOTE = "Twijfelt of ze de opleiding zorgkundige haalt naast het werk en de zorg voor haar "
            + "moeder. Samen een weekplanning voor het studeren gemaakt.";
    static final String TOM_EMPLOYER = "Distributiecentrum De Kouter, Lindegem";

    private final StaffService staff;
    private final TaskCatalogue catalogue;
    private final RosterService roster;
    private final ReviewService review;
    private final ProgressService progress;
    private final Map<String, Long> competences = new HashMap<>();
    private final Map<String, Long> tasks = new HashMap<>();
    private ProgressRecords.Builder records;
    private LocalDate today;

    DemoProgress(StaffService staff, TaskCatalogue catalogue, RosterService roster, ReviewService review,
                 ProgressService progress) {
        this.staff = staff;
        this.catalogue = catalogue;
        this.roster = roster;
        this.review = review;
        this.progress = progress;
    }

    void fill(LocalDate day) {
        today = day;
        records = ProgressRecords.builder();
        for (Competence c : progress.competences()) {
            c.code().ifPresent(code -> competences.put(code, c.id()));
        }
        catalogue.taskTypes().forEach(t -> t.code().ifPresent(code -> tasks.put(code, t.id())));
        Optional<StaffMember> hassan = person("Hassan");
        Optional<StaffMember> fatma = person("Fatma");
        Optional<StaffMember> tom = person("Tom");
        if (hassan.isEmpty() || fatma.isEmpty() || tom.isEmpty()) {
            return;
        }
        List<Observation> feedback = new DemoHistory(roster, review, catalogue)
                .fill(today, fatma.get().id(), fatma.get().profile().startDate(), tom.get().id());
        hassan(hassan.get().id());
        fatma(fatma.get().id(), fatma.get().profile().startDate());
        tom(tom.get().id(), tom.get().profile().startDate());
        evidence(feedback);
        lastMeetings(List.of(hassan.get().id(), fatma.get().id(), tom.get().id()));
        progress.addAll(records.build());
        fatmasCareLadder(fatma.get().id(), fatma.get().profile().startDate());
    }

    /** The new driver: a goal for his third week and his first functioning meeting planned. */
    private void hassan(long id) {
        records.add(new PopGoal(0, id, "Ronde 2 zelfstandig rijden, ’s morgens en ’s avonds", Optional.of(task(TaskType.DRIVER)),
                Optional.empty(), today.minusWeeks(1), Optional.of(today.plusWeeks(3)), GoalStatus.OPEN, Optional.empty()));
        records.add(new Meeting(0, id, MeetingKind.FUNCTIONING, weekday(today.plusDays(10)), Optional.empty(), "",
                ""));
        rate(id, "DUTCH", today.minusDays(3), 2, "Begrijpt de bezoekers goed; spreekt nog aarzelend.", "Gerda Verstraeten");
        rate(id, "WORK_ATTITUDE", today.minusDays(3), 3, "Altijd op tijd, vraagt zelf om uitleg.", "Gerda Verstraeten");
    }

    private static final String[] FATMA_COMPETENCES = {"WORK_ATTITUDE", "PARTICIPANT_CONTACT", "TEAMWORK", "ORGANISING",
        "DUTCH", "TASK_KITCHEN", "TASK_CARE"};
    /** Her levels per competence (rows as above) after 1, 4, 8, 12, 16, 20 and 24 months; 0 = not rated yet. */
    private static final int[][] FATMA_LEVELS = {
        {2, 3, 3, 3, 4, 4, 4},
        {2, 2, 3, 3, 3, 4, 4},
        {2, 2, 2, 3, 3, 3, 4},
        {1, 2, 2, 2, 3, 3, 3},
        {2, 2, 2, 3, 3, 3, 3},
        {1, 2, 3, 3, 3, 4, 4},
        {0, 0, 1, 2, 2, 3, 3}};
    private static final int[] FATMA_MONTHS = {1, 4, 8, 12, 16, 20, 24};

    /** Two years in: ratings every four months, meetings every six, goals, training, a coaching note. */
    private void fatma(long id, LocalDate start) {
        String coach = "Gerda Verstraeten";
        records.add(new Trajectory(id, start, Optional.empty(), false, "Zorgkundige", "", Trajectory.USUAL_GUIDANCE_HOURS,
                Optional.of(new BigDecimal("450"))));
        for (int r = 0; r < FATMA_MONTHS.length; r++) {
            LocalDate on = weekday(start.plusMonths(FATMA_MONTHS[r]));
            if (on.isAfter(today)) {
                continue;
            }
            for (int c = 0; c < FATMA_COMPETENCES.length; c++) {
                if (FATMA_LEVELS[c][r] > 0) {
                    rate(id, FATMA_COMPETENCES[c], on, FATMA_LEVELS[c][r], "", coach);
                }
            }
        }
        meeting(id, start, 6, MeetingKind.FUNCTIONING, "Went vlot in; soms onzeker over het Nederlands bij de bezoekers.",
                "Fatma volgt de taalcoaching op de vloer. Vanaf nu ook in de animatie.");
        meeting(id, start, 12, MeetingKind.EVALUATION, "Goed jaar. Wil verder in de zorg; collega’s zijn positief.",
                "Start met de opleiding zorgkundige (modulair, naast het werk). Twee dagen per week verzorging.");
        meeting(id, start, 18, MeetingKind.FUNCTIONING, "Combinatie werk, opleiding en gezin is zwaar.",
                "Studietijd op donderdagnamiddag. Volgende evaluatie na twee jaar.");
        meeting(id, start, 24, MeetingKind.EVALUATION, "Sterke groei in de zorg; neemt zelf initiatief.",
                "Zelfstandig de ochtendverzorging doen, ook bij het baden. Stageplaats voor het attest zoeken.");
        records.add(new PopGoal(0, id, "De dieetlijst zelfstandig opvolgen in de keuken", Optional.of(task(TaskType.KITCHEN)),
                Optional.empty(), weekday(start.plusMonths(2)), Optional.of(start.plusMonths(6)), GoalStatus.ACHIEVED,
                Optional.of(weekday(start.plusMonths(5)))));
        records.add(new PopGoal(0, id, "Zelfstandig de ochtendverzorging doen, ook bij het baden",
                Optional.of(task(TaskType.CARE)), Optional.empty(), weekday(start.plusMonths(24)).isAfter(today)
                ? today : weekday(start.plusMonths(24)), Optional.of(today.plusMonths(4)), GoalStatus.OPEN, Optional.empty()));
        training(id, "Til- en transfertechnieken", weekday(start.plusMonths(4)), weekday(start.plusMonths(4)).plusDays(1),
                "8", "Vormingscentrum Lindegem");
        training(id, "Opleiding zorgkundige, modules 1 tot 3", start.plusMonths(13), start.plusMonths(21), "120",
                "CVO Lindegem");
        records.add(new CoachingNote(0, id, weekday(today.minusMonths(8)), "Vertelde dat de zorg voor haar moeder thuis "
                + "zwaar weegt. Afgesproken: op dinsdag mag ze een half uur later beginnen als het nodig is.", true, coach));
        records.add(new CoachingNote(0, id, weekday(today.minusWeeks(6)), FATMA_NOTE, true, coach));
    }

    /** Four years in, the trajectory ends within a year: preparation done, now job matching. */
    private void tom(long id, LocalDate start) {
        String coach = "Els Vermeulen";
        records.add(new Trajectory(id, start, Optional.empty(), false, "Logistiek medewerker", TOM_EMPLOYER,
                Trajectory.USUAL_GUIDANCE_HOURS, Optional.empty()));
        LocalDate matching = weekday(today.minusMonths(2));
        records.add(new TransitionPhase(id, Phase.PREPARATION, weekday(today.minusMonths(5)), Optional.of(matching.minusDays(1)),
                "Sollicitatietraining, cv en motivatiebrief."));
        records.add(new TransitionPhase(id, Phase.JOB_MATCHING, matching, Optional.empty(),
                "Gesprekken bij twee werkgevers; voorkeur voor De Kouter."));
        String[] topics = {"Cv bijgewerkt", "Motivatiebrief geschreven", "Oefengesprek", "Vacatures overlopen",
            "Bezoek aan De Kouter", "Sollicitatiegesprek voorbereid"};
        LocalDate first = today.minusMonths(5).with(DayOfWeek.WEDNESDAY);
        for (int i = 0; i < 24; i++) {
            LocalDate on = first.plusDays(6L * i);
            records.add(new GuidanceSession(0, id, on.isAfter(today) ? today : on, new BigDecimal(i % 2 == 0 ? "2" : "3"),
                    topics[i % topics.length]));
        }
        String[] rated = {"WORK_ATTITUDE", "TEAMWORK", "ORGANISING", "TASK_LOGISTICS", "TASK_BUS_COMPANION"};
        int[][] levels = {{3, 3, 4, 4, 4}, {3, 3, 3, 4, 4}, {2, 3, 3, 3, 4}, {2, 3, 3, 4, 4}, {3, 3, 4, 4, 4}};
        int[] monthsAgo = {24, 18, 12, 6, 1};
        for (int r = 0; r < monthsAgo.length; r++) {
            for (int c = 0; c < rated.length; c++) {
                rate(id, rated[c], weekday(today.minusMonths(monthsAgo[r])), levels[c][r], "", coach);
            }
        }
        meeting(id, today.minusMonths(24), 0, MeetingKind.EVALUATION, "Doet zijn werk goed, zoekt weinig contact.",
                "Meer taken in de logistiek; leert de voorraad beheren.");
        meeting(id, today.minusMonths(18), 0, MeetingKind.FUNCTIONING, "Neemt meer verantwoordelijkheid.",
                "Volgt het heftruckattest.");
        meeting(id, today.minusMonths(12), 0, MeetingKind.EVALUATION, "Klaar om door te stromen binnen het jaar.",
                "Zoeken naar een job als logistiek medewerker; start van het doorstroomtraject.");
        meeting(id, today.minusMonths(5).minusDays(10), 0, MeetingKind.EVALUATION,
                "Twijfelt of hij voltijds aankan bij een gewone werkgever.",
                "Voorbereiding met sollicitatietraining; twee sollicitaties per maand.");
        records.add(new PopGoal(0, id, "Het heftruckattest halen", Optional.empty(), Optional.empty(),
                weekday(today.minusMonths(18)), Optional.of(today.minusMonths(12)), GoalStatus.ACHIEVED,
                Optional.of(weekday(today.minusMonths(14)))));
        records.add(new PopGoal(0, id, "Twee sollicitaties per maand versturen", Optional.empty(), Optional.empty(),
                weekday(today.minusMonths(5)), Optional.of(today.plusMonths(2)), GoalStatus.OPEN, Optional.empty()));
        training(id, "Heftruckattest", today.minusMonths(15), today.minusMonths(14), "16",
                "Logistiek Opleidingscentrum Lindegem");
        training(id, "Sollicitatietraining", today.minusMonths(5), today.minusMonths(5).plusWeeks(3), "24",
                "Werkwinkel Lindegem");
        records.add(new CoachingNote(0, id, weekday(today.minusMonths(3)), "Is bang zijn vaste collega’s te verliezen. "
                + "Afgesproken dat hij na een overstap nog eens op bezoek mag komen.", true, coach));
    }

    /** The other social-economy workers had their last functioning meeting two to four months ago. */
    private void lastMeetings(List<Long> followedClosely) {
        String[] agreements = {"Werkt goed; zo verder.", "Meer afwisselen tussen keuken en logistiek.",
            "Vraagt zelf om hulp als het te druk wordt."};
        int i = 0;
        for (StaffMember m : staff.all()) {
            if (m.profile().programme().isSocialEconomy() && !followedClosely.contains(m.id())) {
                LocalDate held = weekday(today.minusMonths(2 + i % 3));
                records.add(new Meeting(0, m.id(), MeetingKind.FUNCTIONING, held, Optional.of(held), "",
                        agreements[i % agreements.length]));
                i++;
            }
        }
    }

    /** About half of the feedback with a sentence is linked to a competence as evidence. */
    private void evidence(List<Observation> feedback) {
        Map<Long, String> byTask = new HashMap<>();
        byTask.put(task(TaskType.CARE), "TASK_CARE");
        byTask.put(task(TaskType.KITCHEN), "TASK_KITCHEN");
        byTask.put(task(TaskType.ANIMATION), "PARTICIPANT_CONTACT");
        byTask.put(task(TaskType.LOGISTICS), "TASK_LOGISTICS");
        byTask.put(task(TaskType.BUS_COMPANION), "TASK_BUS_COMPANION");
        int n = 0;
        for (Observation o : feedback) {
            if (o.note().isEmpty() || o.taskTypeId().isEmpty() || n++ % 2 == 1) {
                continue;
            }
            String code = byTask.get(o.taskTypeId().get());
            if (code != null && competences.containsKey(code)) {
                records.add(new ProgressRecords.EvidenceLink(o.staffId(), o.id(), competences.get(code)));
            }
        }
    }

    /** Fatma learned care step by step; the steps are signed off (she now practises it for her goal). */
    private void fatmasCareLadder(long id, LocalDate start) {
        List<LadderStep> steps = progress.ladders().getOrDefault(task(TaskType.CARE), List.of());
        int[] months = {6, 9, 14};
        for (int i = 0; i < steps.size() && i < months.length; i++) {
            LocalDate on = weekday(start.plusMonths(months[i]));
            if (!on.isAfter(today)) {
                progress.signOff(id, steps.get(i).id(), on, "Gerda Verstraeten", "");
            }
        }
    }

    private void rate(long id, String competence, LocalDate on, int level, String note, String by) {
        Long competenceId = competences.get(competence);
        if (competenceId != null) {
            records.add(new CompetenceRating(0, id, competenceId, on, level, note, by));
        }
    }

    /** A meeting held {@code months} after {@code from}, on a weekday. */
    private void meeting(long id, LocalDate from, int months, MeetingKind kind, String notes, String agreements) {
        LocalDate held = weekday(from.plusMonths(months));
        if (!held.isAfter(today)) {
            records.add(new Meeting(0, id, kind, held.minusDays(2), Optional.of(held), notes, agreements));
        }
    }

    private void training(long id, String title, LocalDate from, LocalDate to, String hours, String provider) {
        if (!to.isAfter(today)) {
            records.add(new Training(0, id, title, from, to, new BigDecimal(hours), provider));
        }
    }

    /** The day itself, or the Friday before when it falls in a weekend. */
    private static LocalDate weekday(LocalDate day) {
        return day.getDayOfWeek().getValue() > 5 ? day.with(DayOfWeek.FRIDAY) : day;
    }

    private Optional<StaffMember> person(String firstName) {
        return staff.all().stream().filter(m -> m.profile().firstName().equals(firstName)).findFirst();
    }

    private long task(String code) {
        return tasks.get(code);
    }
}
