package be.dagpuzzel.bench;

import static be.dagpuzzel.store.jooq.Tables.PLACE_ACTUAL;
import static be.dagpuzzel.store.jooq.Tables.ROSTER_ASSIGNMENT;
import static be.dagpuzzel.store.jooq.Tables.ROSTER_SLOT;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.progress.CoachingNote;
import be.dagpuzzel.progress.Competence;
import be.dagpuzzel.progress.CompetenceRating;
import be.dagpuzzel.progress.GoalStatus;
import be.dagpuzzel.progress.GuidanceSession;
import be.dagpuzzel.progress.Meeting;
import be.dagpuzzel.progress.MeetingKind;
import be.dagpuzzel.progress.Phase;
import be.dagpuzzel.progress.PopGoal;
import be.dagpuzzel.progress.ProgressPage;
import be.dagpuzzel.progress.ProgressRecords;
import be.dagpuzzel.progress.ProgressRepository;
import be.dagpuzzel.progress.ProgressService;
import be.dagpuzzel.progress.Training;
import be.dagpuzzel.progress.Trajectory;
import be.dagpuzzel.progress.TransitionPhase;
import be.dagpuzzel.progress.print.ProgressReport;
import be.dagpuzzel.progress.print.ReportCharts;
import be.dagpuzzel.progress.print.ReportData;
import be.dagpuzzel.progress.print.ReportPeriod;
import be.dagpuzzel.review.Observation;
import be.dagpuzzel.review.Rating;
import be.dagpuzzel.staff.Programme;
import be.dagpuzzel.staff.StaffMember;
import be.dagpuzzel.staff.StaffProfile;
import be.dagpuzzel.store.StoreOpener;
import be.dagpuzzel.ui.Language;
import be.dagpuzzel.ui.Messages;

/**
 * Measures the progress page of a worker with five years of daily history on the ten-year store of
 * {@link BigStore}: on every working day of the five years a place on the roster (one of the places
 * BigStore filled is given to them), feedback of the review on most days (a third linked to a
 * competence), now and then a late start noted by the review, ratings of eight competences every two
 * months, a meeting every six months, goals, training, coaching notes and a transition path. Measures
 * {@code ProgressService.page} (the first call in the JVM and the median of warm calls), the overview
 * of what is due, and making the progress report. Prepares the store the first time (BigStore plus the
 * worker); run it a second time for a first call in a fresh JVM. Not a test; see docs/performance.md.
 */
public final class ProgressBenchmark {

    static final String FIRST_NAME = "Samira";
    static final String LAST_NAME = "Vijfjaar";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private ProgressBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version"));
        if (!Files.exists(dir.resolve(StoreOpener.DATABASE_FILE))) {
            long start = System.nanoTime();
            BigStore.generate(dir, 42, 10, TODAY);
            System.out.printf("ten-year store made in %.0f s%n", (System.nanoTime() - start) / 1e9);
        }
        long open = System.nanoTime();
        try (var store = new StoreOpener().open(dir)) {
            AppServices services = AppServices.create(store);
            System.out.printf("store open: %.0f ms%n", (System.nanoTime() - open) / 1e6);
            ProgressService progress = new ProgressService(store, new ProgressRepository(), services.staff(),
                    services.catalogue(), Clock.fixed(TODAY.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant(),
                    ZoneId.systemDefault()));
            Optional<StaffMember> existing = services.staff().all().stream()
                    .filter(m -> m.profile().lastName().equals(LAST_NAME)).findFirst();
            long id;
            if (existing.isPresent()) {
                id = existing.get().id();
            } else {
                long start = System.nanoTime();
                id = prepare(services, progress);
                System.out.printf("five years of history added in %.0f s (run again for a fresh JVM)%n",
                        (System.nanoTime() - start) / 1e9);
            }
            measure(progress, id, runs);
            parts(store, id, runs);
        }
    }

    private static void measure(ProgressService progress, long id, int runs) {
        long other = progress.followed().stream().mapToLong(StaffMember::id).filter(x -> x != id).findFirst().orElse(id);
        long before = System.nanoTime();
        progress.page(other);
        System.out.printf("first page in this JVM (another worker, class loading included): %.0f ms%n",
                (System.nanoTime() - before) / 1e6);
        long first = System.nanoTime();
        ProgressPage page = progress.page(id);
        System.out.printf("page(id), first call for the five-year worker after that: %.0f ms%n",
                (System.nanoTime() - first) / 1e6);
        System.out.printf("  the page holds %d months of hours, %d feedback lines (%d linked), %d ratings, %d meetings, "
                + "%d goals, %d notes, %d timeline events%n", page.hours().minutesPerMonth().size(), page.evidence().size(),
                page.evidence().stream().filter(e -> !e.competenceIds().isEmpty()).count(), page.ratings().size(),
                page.meetings().size(), page.goals().size(), page.notes().size(), page.timeline().size());
        report("page(id), warm", runs, () -> progress.page(id));
        report("overview() (the list's due items, everyone)", runs, progress::overview);
        Messages messages = new Messages(Language.DUTCH.locale(Locale.ROOT));
        for (ReportPeriod period : List.of(ReportPeriod.lastSixMonths(TODAY), new ReportPeriod(TODAY.minusYears(5), TODAY))) {
            int[] size = new int[1];
            report("progress report " + period.from() + " - " + period.to() + " (read + PDF, no charts)", Math.max(5, runs / 3),
                    () -> {
                        ReportData data = ReportData.read(progress, id, period, "De Linde");
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        new ProgressReport(messages).write(data, ReportCharts.Images.none(), LocalDateTime.of(TODAY,
                                LocalTime.of(9, 0)), true, out);
                        size[0] = out.size();
                        return out;
                    });
            System.out.printf("  %d KB%n", size[0] / 1024);
        }
    }

    /** The page's reads one by one (warm medians), to see where its time goes. */
    private static void parts(be.dagpuzzel.store.Store store, long id, int runs) {
        ProgressRepository repository = new ProgressRepository();
        var dsl = store.dsl();
        System.out.println("the page's reads, warm:");
        report("  hours from the rosters (5 years)", runs, () -> repository.hours(dsl, id, TODAY));
        report("  feedback with its evidence links", runs, () -> repository.evidence(dsl, id));
        report("  ratings", runs, () -> repository.ratings(dsl, id));
        report("  meetings, goals, notes, training, guidance", runs, () -> List.of(repository.meetings(dsl, List.of(id)),
                repository.goals(dsl, List.of(id)), repository.notes(dsl, id), repository.trainings(dsl, id),
                repository.guidance(dsl, id)));
        report("  ladders and sign-offs, competences, rules", runs, () -> List.of(repository.steps(dsl),
                repository.signoffs(dsl, List.of(id)), repository.competences(dsl), repository.rules(dsl)));
        report("  incidents", runs, () -> repository.incidentsOf(dsl, id));
        report("  hours of the last six months, to the day (report)", runs,
                () -> repository.minutesPerTask(dsl, id, TODAY.minusMonths(6), TODAY));
    }

    /** Runs {@code work} once to warm up and {@code runs} times measured; prints the first, median and p95. */
    private static void report(String what, int runs, Supplier<?> work) {
        long once = System.nanoTime();
        work.get();
        double first = (System.nanoTime() - once) / 1e6;
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        System.out.printf("%s: first %.0f ms, then median %.1f ms, p95 %.1f ms, min %.1f ms (%d runs)%n", what, first,
                times[runs / 2] / 1e6, times[Math.min(runs - 1, runs * 95 / 100)] / 1e6, times[0] / 1e6, runs);
    }

    /** Adds the worker and five years of their history; gives their id. */
    static long prepare(AppServices services, ProgressService progress) {
        LocalDate start = TODAY.minusYears(5).plusMonths(2);
        StaffMember worker = services.staff().create(StaffProfile.newcomer(FIRST_NAME, LAST_NAME, Programme.LDE, start));
        long id = worker.id();
        Random random = new Random(5);
        Map<LocalDate, long[]> places = placeEveryDay(services, id, start);
        List<Observation> lines = new ArrayList<>();
        places.forEach((day, slot) -> {
            if (random.nextInt(100) < 85) {
                boolean attention = random.nextInt(100) < 12;
                String note = attention ? "Vergat de checklist van de dag." : random.nextBoolean() ? "Vlot en vriendelijk." : "";
                lines.add(new Observation(0, day, id, Optional.of(slot[1]), "Plaats", attention ? Rating.ATTENTION : Rating.WELL,
                        note));
            }
        });
        List<Observation> stored = services.review().addObservations(lines);
        List<Competence> competences = progress.competences().stream().limit(8).toList();
        ProgressRecords.Builder records = ProgressRecords.builder();
        records.add(new Trajectory(id, start, Optional.empty(), false, "Magazijnier", "Bedrijf Vijf", null, Optional.empty()));
        for (Observation o : stored) {
            if (!o.note().isEmpty() && random.nextInt(3) == 0) {
                records.add(new ProgressRecords.EvidenceLink(id, o.id(), competences.get(random.nextInt(competences.size())).id()));
            }
        }
        for (LocalDate d = start.plusMonths(1); !d.isAfter(TODAY); d = d.plusMonths(2)) {
            for (Competence c : competences) {
                records.add(new CompetenceRating(0, id, c.id(), d, 1 + random.nextInt(4), "", "Coach"));
            }
        }
        for (LocalDate d = start.plusMonths(6); !d.isAfter(TODAY); d = d.plusMonths(6)) {
            records.add(new Meeting(0, id, MeetingKind.FUNCTIONING, d, Optional.of(d), "Vertrouwelijke notities.",
                    "Afspraken van " + d + "."));
        }
        for (int g = 0; g < 12; g++) {
            LocalDate set = start.plusMonths(5L * g);
            boolean open = g >= 10;
            records.add(new PopGoal(0, id, "Doel " + (g + 1), Optional.empty(), Optional.empty(), set,
                    Optional.of(set.plusMonths(4)), open ? GoalStatus.OPEN : GoalStatus.ACHIEVED,
                    open ? Optional.empty() : Optional.of(set.plusMonths(3))));
        }
        for (int t = 0; t < 6; t++) {
            LocalDate from = start.plusMonths(9L * t);
            records.add(new Training(0, id, "Opleiding " + (t + 1), from, from.plusDays(2), new BigDecimal("16"), "Centrum"));
        }
        for (LocalDate d = start.plusDays(20); !d.isAfter(TODAY); d = d.plusDays(45)) {
            records.add(new CoachingNote(0, id, d, "Coachingsnotitie van " + d + ".", true, "Coach"));
        }
        records.add(new TransitionPhase(id, Phase.PREPARATION, TODAY.minusMonths(10), Optional.of(TODAY.minusMonths(6)), ""));
        records.add(new TransitionPhase(id, Phase.JOB_MATCHING, TODAY.minusMonths(6).plusDays(1), Optional.empty(), ""));
        for (LocalDate d = TODAY.minusMonths(10); d.isBefore(TODAY); d = d.plusDays(7)) {
            records.add(new GuidanceSession(0, id, d, new BigDecimal("2.5"), "Sessie"));
        }
        progress.addAll(records.build());
        System.out.printf("added: %d places, %d feedback lines, %d late starts%n", places.size(), stored.size(),
                lateStarts(services, id, places, random));
        return id;
    }

    /** Gives the worker the first place of one slot on every working day since {@code start} that has a roster. */
    private static Map<LocalDate, long[]> placeEveryDay(AppServices services, long id, LocalDate start) {
        Map<LocalDate, long[]> chosen = new LinkedHashMap<>();
        services.store().transaction(dsl -> {
            Map<LocalDate, List<long[]>> byDay = new LinkedHashMap<>();
            dsl.select(ROSTER_SLOT.ROSTER_DATE, ROSTER_SLOT.ID, ROSTER_SLOT.TASK_TYPE_ID).from(ROSTER_SLOT)
                    .where(ROSTER_SLOT.ROSTER_DATE.between(start, TODAY.minusDays(1)))
                    .orderBy(ROSTER_SLOT.ROSTER_DATE, ROSTER_SLOT.SORT_ORDER)
                    .forEach(r -> byDay.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                            .add(new long[] {r.value2(), r.value3()}));
            int n = 0;
            var remove = dsl.batch(dsl.deleteFrom(ROSTER_ASSIGNMENT).where(ROSTER_ASSIGNMENT.SLOT_ID.eq((Long) null))
                    .and(ROSTER_ASSIGNMENT.POSITION.eq((Integer) null)));
            var add = dsl.batch(dsl.insertInto(ROSTER_ASSIGNMENT, ROSTER_ASSIGNMENT.SLOT_ID, ROSTER_ASSIGNMENT.POSITION,
                    ROSTER_ASSIGNMENT.STAFF_ID, ROSTER_ASSIGNMENT.BY_HAND).values((Long) null, null, null, null));
            for (Map.Entry<LocalDate, List<long[]>> day : byDay.entrySet()) {
                long[] slot = day.getValue().get(n++ % day.getValue().size());
                remove.bind(slot[0], 0);
                add.bind(slot[0], 0, id, true);
                chosen.put(day.getKey(), slot);
            }
            remove.execute();
            add.execute();
        });
        return chosen;
    }

    /** About one day in twenty the review noted that they started half an hour late. */
    private static int lateStarts(AppServices services, long id, Map<LocalDate, long[]> places, Random random) {
        int[] count = new int[1];
        services.store().transaction(dsl -> places.forEach((day, slot) -> {
            if (random.nextInt(20) == 0) {
                LocalTime begin = dsl.select(ROSTER_SLOT.START_TIME).from(ROSTER_SLOT).where(ROSTER_SLOT.ID.eq(slot[0]))
                        .fetchOne(ROSTER_SLOT.START_TIME);
                dsl.deleteFrom(PLACE_ACTUAL).where(PLACE_ACTUAL.SLOT_ID.eq(slot[0])).and(PLACE_ACTUAL.POSITION.eq(0)).execute();
                dsl.insertInto(PLACE_ACTUAL).set(PLACE_ACTUAL.REVIEW_DATE, day).set(PLACE_ACTUAL.SLOT_ID, slot[0])
                        .set(PLACE_ACTUAL.POSITION, 0).set(PLACE_ACTUAL.ACTUAL_START, begin.plusMinutes(30))
                        .set(PLACE_ACTUAL.NOTE, "Later begonnen.").execute();
                count[0]++;
            }
        }));
        return count[0];
    }
}
