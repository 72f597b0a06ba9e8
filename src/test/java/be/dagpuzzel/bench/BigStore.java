package be.dagpuzzel.bench;

import static be.dagpuzzel.store.jooq.Tables.AVAILABILITY_DAY;
import static be.dagpuzzel.store.jooq.Tables.COACHING_NOTE;
import static be.dagpuzzel.store.jooq.Tables.COMPETENCE_RATING;
import static be.dagpuzzel.store.jooq.Tables.GUIDANCE_SESSION;
import static be.dagpuzzel.store.jooq.Tables.INCIDENT;
import static be.dagpuzzel.store.jooq.Tables.INCIDENT_STAFF;
import static be.dagpuzzel.store.jooq.Tables.MEETING;
import static be.dagpuzzel.store.jooq.Tables.OBSERVATION;
import static be.dagpuzzel.store.jooq.Tables.PLACE_ACTUAL;
import static be.dagpuzzel.store.jooq.Tables.POP_GOAL;
import static be.dagpuzzel.store.jooq.Tables.REMINDER;
import static be.dagpuzzel.store.jooq.Tables.REVIEW_MARK;
import static be.dagpuzzel.store.jooq.Tables.STEP_SIGNOFF;
import static be.dagpuzzel.store.jooq.Tables.TRAINING;
import static be.dagpuzzel.store.jooq.Tables.TRAJECTORY;
import static be.dagpuzzel.store.jooq.Tables.AVAILABILITY_PATTERN;
import static be.dagpuzzel.store.jooq.Tables.PARTICIPANT;
import static be.dagpuzzel.store.jooq.Tables.PARTICIPANT_ABSENCE;
import static be.dagpuzzel.store.jooq.Tables.PARTICIPANT_PATTERN;
import static be.dagpuzzel.store.jooq.Tables.ROSTER_ASSIGNMENT;
import static be.dagpuzzel.store.jooq.Tables.ROSTER_DAY;
import static be.dagpuzzel.store.jooq.Tables.ROSTER_SLOT;
import static be.dagpuzzel.store.jooq.Tables.RUN_STOP;
import static be.dagpuzzel.store.jooq.Tables.STAFF_MEMBER;
import static be.dagpuzzel.store.jooq.Tables.TRANSPORT_RUN;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jooq.DSLContext;
import org.jooq.TableRecord;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.settings.TemplateSlot;
import be.dagpuzzel.store.StoreOpener;
import be.dagpuzzel.transport.Route;

/**
 * Builds the store of a busy centre over ten years, deterministic with a seed: the demo centre
 * (templates, routes, vehicles) plus 40 staff at a time with turnover, 120 participants over time,
 * and for every working day of the ten years its roster (slots from the template, every place
 * filled by someone employed then), its runs with stops, and the day's "not coming" calls. What the
 * review and progress issues add is not generated yet. Not a test:
 * {@code java ... be.dagpuzzel.bench.BigStore DIR [seed] [years]} (see docs/performance.md).
 */
public final class BigStore {

    private static final String[] FIRST = {"An", "Bart", "Carine", "Dirk", "Els", "Filip", "Greet", "Hilde", "Ivo",
        "Jan", "Karen", "Luc", "Marleen", "Nico", "Olga", "Piet", "Rita", "Stijn", "Tine", "Wim", "Yasmina", "Zeynep",
        "Ahmed", "Bram", "Cindy", "Dries", "Emma", "Fien", "Gert", "Hanne"};
    private static final String[] LAST = {"Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes",
        "Goossens", "Wouters", "De Smet", "Dubois", "Hermans", "Aerts", "Pauwels", "Lemmens", "De Vos", "Verhoeven",
        "Van Damme", "Cools", "Michiels"};

    private BigStore() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        int years = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        LocalDate today = LocalDate.of(2026, 11, 27);
        long start = System.nanoTime();
        Counts counts = generate(dir, seed, years, today);
        long bytes = Files.size(dir.resolve(StoreOpener.DATABASE_FILE));
        System.out.printf("%d years up to %s, seed %d: %,d working days, %,d rows added (%s), file %.1f MB, %.0f s%n",
                years, today, seed, counts.days, counts.total(), counts, bytes / 1e6, (System.nanoTime() - start) / 1e9);
    }

    /** How many rows of each kind were added. */
    static final class Counts {
        int days;
        int staff;
        int participants;
        int slots;
        int assignments;
        int runs;
        int stops;
        int calls;
        int observations;
        int actuals;
        int incidents;
        int reminders;
        int progress;

        int total() {
            return days + staff + participants + slots + assignments + runs + stops + calls + observations + actuals
                    + incidents + reminders + progress;
        }

        @Override
        public String toString() {
            return "staff " + staff + ", participants " + participants + ", roster days " + days + ", slots " + slots
                    + ", assignments " + assignments + ", runs " + runs + ", stops " + stops + ", calls " + calls
                    + ", review lines " + observations + ", actuals " + actuals + ", incidents " + incidents
                    + ", reminders " + reminders + ", progress records " + progress;
        }
    }

    static Counts generate(Path dir, long seed, int years, LocalDate today) throws Exception {
        Counts counts = new Counts();
        Random random = new Random(seed);
        try (var store = new StoreOpener().open(dir)) {
            AppServices services = AppServices.create(store);
            services.demo().fill(today);
            LocalDate first = today.minusYears(years);
            DSLContext dsl = store.dsl();
            List<Person> staff = staff(dsl, random, first, today, counts);
            List<Person> participants = participants(dsl, random, first, today, counts,
                    services.transport().routes().stream().map(Route::id).toList());
            var workingDays = services.templates().workingDays();
            List<Route> routes = services.transport().routes();
            // the demo's own older history (two workers' rosters) makes way for the generated days
            store.transaction(tx -> tx.deleteFrom(ROSTER_DAY).where(ROSTER_DAY.ROSTER_DATE.lt(today.minusWeeks(2))).execute());
            LocalDate day = first;
            while (day.isBefore(today.minusWeeks(2))) {
                LocalDate yearEnd = day.plusYears(1);
                LocalDate from = day;
                store.transaction(tx -> {
                    LocalDate d = from;
                    while (d.isBefore(yearEnd) && d.isBefore(today.minusWeeks(2))) {
                        if (workingDays.isWorkingDay(d)) {
                            day(tx, d, services.templates().slots(d.getDayOfWeek()), staff, participants, routes, random,
                                    counts);
                        }
                        d = d.plusDays(1);
                    }
                });
                day = yearEnd;
            }
            store.transaction(tx -> progress(tx, services, staff, random, today, counts));
        }
        // years written in a few big transactions leave old versions in the file (250 MB instead of
        // 10): compact it, as a store grown day by day would be
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + dir.toAbsolutePath().resolve("dagpuzzel"),
                "sa", ""); var statement = c.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        }
        return counts;
    }

    /** Someone employed or enrolled from {@code from} until {@code to} (null: still). */
    record Person(long id, LocalDate from, LocalDate to, int weekdays, Long route) {
        boolean on(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to))
                    && (weekdays & (1 << (day.getDayOfWeek().getValue() - 1))) != 0;
        }
    }

    private static List<Person> staff(DSLContext dsl, Random random, LocalDate first, LocalDate today, Counts counts) {
        List<Person> people = new ArrayList<>();
        // 40 places, each filled by a succession of people of 1 to 6 years
        for (int place = 0; place < 40; place++) {
            LocalDate from = first.minusDays(random.nextInt(400));
            while (from.isBefore(today)) {
                LocalDate to = from.plusDays(365L + random.nextInt(5 * 365));
                boolean stays = !to.isBefore(today);
                var r = dsl.newRecord(STAFF_MEMBER);
                r.setFirstName(FIRST[random.nextInt(FIRST.length)]);
                r.setLastName(LAST[random.nextInt(LAST.length)] + " " + (people.size() + 1));
                r.setProgramme(place % 3 == 0 ? "REGULAR" : "LDE");
                r.setStartDate(from);
                r.setEndDate(stays ? null : to);
                r.setDutchLevel("GOOD");
                r.setArchived(!stays);
                r.store();
                var pattern = dsl.newRecord(AVAILABILITY_PATTERN);
                pattern.setStaffId(r.getId());
                pattern.setValidFrom(from);
                pattern.store();
                int weekdays = 0;
                for (int wd = 1; wd <= 5; wd++) {
                    if (random.nextInt(10) < 8) {
                        weekdays |= 1 << (wd - 1);
                        dsl.insertInto(AVAILABILITY_DAY).set(AVAILABILITY_DAY.PATTERN_ID, pattern.getId())
                                .set(AVAILABILITY_DAY.WEEKDAY, (short) wd).set(AVAILABILITY_DAY.START_TIME, LocalTime.of(7, 30))
                                .set(AVAILABILITY_DAY.END_TIME, LocalTime.of(16, 30)).execute();
                    }
                }
                people.add(new Person(r.getId(), from, stays ? null : to, weekdays, null));
                counts.staff++;
                from = to.plusDays(1 + random.nextInt(30));
            }
        }
        return people;
    }

    private static List<Person> participants(DSLContext dsl, Random random, LocalDate first, LocalDate today,
                                             Counts counts, List<Long> routes) {
        List<Person> people = new ArrayList<>();
        // about 45 enrolled at any time, 120 over the ten years
        for (int place = 0; place < 45; place++) {
            LocalDate from = first.minusDays(random.nextInt(600));
            while (from.isBefore(today) && people.size() < 160) {
                LocalDate to = from.plusDays(500L + random.nextInt(6 * 365));
                boolean stays = !to.isBefore(today);
                var r = dsl.newRecord(PARTICIPANT);
                r.setFirstName(FIRST[random.nextInt(FIRST.length)]);
                r.setLastName(LAST[random.nextInt(LAST.length)] + "-" + (people.size() + 1));
                r.setMunicipality("Lindegem");
                r.setPostcode("9299");
                r.setStreet("Dorpsstraat");
                r.setHouseNumber(String.valueOf(1 + random.nextInt(150)));
                r.setLatitude(BigDecimal.valueOf(51.0234 + (random.nextDouble() - 0.5) * 0.07).setScale(6,
                        java.math.RoundingMode.HALF_UP));
                r.setLongitude(BigDecimal.valueOf(3.8121 + (random.nextDouble() - 0.5) * 0.11).setScale(6,
                        java.math.RoundingMode.HALF_UP));
                r.setStartDate(from);
                r.setEndDate(stays ? null : to);
                r.setArchived(!stays);
                Long route = routes.get(random.nextInt(routes.size()));
                r.setUsualRouteId(route);
                r.store();
                int weekdays = 0;
                while (Integer.bitCount(weekdays) < 2 + random.nextInt(2)) {
                    weekdays |= 1 << random.nextInt(5);
                }
                dsl.insertInto(PARTICIPANT_PATTERN).set(PARTICIPANT_PATTERN.PARTICIPANT_ID, r.getId())
                        .set(PARTICIPANT_PATTERN.VALID_FROM, from).set(PARTICIPANT_PATTERN.WEEKDAYS, (short) weekdays)
                        .execute();
                people.add(new Person(r.getId(), from, stays ? null : to, weekdays, route));
                counts.participants++;
                from = to.plusDays(1 + random.nextInt(60));
            }
        }
        return people;
    }

    private static void day(DSLContext dsl, LocalDate date, List<TemplateSlot> template, List<Person> staff,
                            List<Person> participants, List<Route> routes, Random random, Counts counts) {
        dsl.insertInto(ROSTER_DAY).set(ROSTER_DAY.ROSTER_DATE, date).set(ROSTER_DAY.STARTED_FROM, "TEMPLATE").execute();
        counts.days++;
        List<Person> here = new ArrayList<>(staff.stream().filter(p -> p.on(date)).toList());
        boolean reviewed = random.nextInt(100) < 90;
        java.util.Collections.shuffle(here, random);
        int next = 0;
        int order = 0;
        List<TableRecord<?>> rows = new ArrayList<>();
        for (TemplateSlot t : template) {
            var slot = dsl.newRecord(ROSTER_SLOT);
            slot.setRosterDate(date);
            slot.setTaskTypeId(t.taskTypeId());
            slot.setLabel(t.label());
            slot.setStartTime(t.hours().start());
            slot.setEndTime(t.hours().end());
            slot.setPeopleNeeded(t.peopleNeeded());
            slot.setSortOrder(++order);
            slot.setTemplateSlotId(t.id());
            slot.store();
            counts.slots++;
            for (int position = 0; position < t.peopleNeeded() && next < here.size(); position++) {
                var a = dsl.newRecord(ROSTER_ASSIGNMENT);
                a.setSlotId(slot.getId());
                a.setPosition(position);
                a.setStaffId(here.get(next++ % here.size()).id());
                a.setByHand(random.nextBoolean());
                rows.add(a);
                counts.assignments++;
                if (reviewed && random.nextInt(100) < 3) {
                    var actual = dsl.newRecord(PLACE_ACTUAL);
                    actual.setReviewDate(date);
                    actual.setSlotId(slot.getId());
                    actual.setPosition(position);
                    if (random.nextBoolean()) {
                        actual.setActualStaffId(here.get(random.nextInt(here.size())).id());
                    } else {
                        actual.setActualStart(t.hours().start().plusMinutes(30));
                        actual.setNote("Later begonnen: bus in panne");
                    }
                    rows.add(actual);
                    counts.actuals++;
                }
                if (reviewed && random.nextInt(100) < 30) {
                    var line = dsl.newRecord(OBSERVATION);
                    line.setObservedOn(date);
                    line.setStaffId(a.getStaffId());
                    line.setTaskTypeId(t.taskTypeId());
                    line.setTaskLabel(t.label());
                    boolean well = random.nextInt(100) < 80;
                    line.setRating(well ? "WELL" : "ATTENTION");
                    line.setNote(well ? NOTES_WELL[random.nextInt(NOTES_WELL.length)]
                            : NOTES_ATTENTION[random.nextInt(NOTES_ATTENTION.length)]);
                    rows.add(line);
                    counts.observations++;
                }
            }
            if (next >= here.size()) {
                next = 0;
            }
        }
        List<Person> coming = new ArrayList<>();
        for (Person p : participants) {
            if (p.on(date)) {
                if (random.nextInt(100) < 8) {
                    var call = dsl.newRecord(PARTICIPANT_ABSENCE);
                    call.setParticipantId(p.id());
                    call.setFromDate(date);
                    call.setToDate(date);
                    call.setReason(random.nextBoolean() ? "ILL" : "FAMILY");
                    rows.add(call);
                    counts.calls++;
                } else {
                    coming.add(p);
                }
            }
        }
        for (Route route : routes) {
            for (String direction : new String[] {"MORNING", "EVENING"}) {
                var run = dsl.newRecord(TRANSPORT_RUN);
                run.setRunDate(date);
                run.setRouteId(route.id());
                run.setDirection(direction);
                run.setVehicleId(route.vehicleId().orElse(null));
                run.setKmStart(10_000 + counts.runs * 40);
                run.setKmEnd(10_000 + counts.runs * 40 + 25 + random.nextInt(30));
                run.store();
                counts.runs++;
                int position = 0;
                for (Person p : coming) {
                    if (route.id() == p.route()) {
                        var stop = dsl.newRecord(RUN_STOP);
                        stop.setRunId(run.getId());
                        stop.setParticipantId(p.id());
                        stop.setPosition(position++);
                        stop.setOutcome(random.nextInt(100) < 2 ? "NO_SHOW" : "DONE");
                        rows.add(stop);
                        counts.stops++;
                    }
                }
            }
        }
        if (reviewed) {
            var mark = dsl.newRecord(REVIEW_MARK);
            mark.setReviewDate(date);
            mark.setReviewedAt(date.atTime(16, 45));
            rows.add(mark);
        }
        if (random.nextInt(100) < 6 && !here.isEmpty()) {
            var incident = dsl.newRecord(INCIDENT);
            incident.setIncidentDate(date);
            incident.setIncidentTime(LocalTime.of(9 + random.nextInt(7), random.nextInt(60)));
            incident.setKind(new String[] {"FALL", "AGGRESSION", "VEHICLE", "MEDICATION", "LOST_ITEM", "OTHER"}[random.nextInt(6)]);
            incident.setWhatHappened("Voorval tijdens de namiddag; bezoeker gerustgesteld.");
            incident.setActionTaken("Familie verwittigd.");
            incident.setFollowUpNeeded(random.nextBoolean());
            incident.setFollowUpDone(date.isBefore(LocalDate.now().minusMonths(1)));
            incident.store();
            var involved = dsl.newRecord(INCIDENT_STAFF);
            involved.setIncidentId(incident.getId());
            involved.setStaffId(here.get(random.nextInt(here.size())).id());
            rows.add(involved);
            counts.incidents++;
        }
        if (random.nextInt(100) < 20) {
            var reminder = dsl.newRecord(REMINDER);
            reminder.setWrittenOn(date);
            reminder.setNote("Niet vergeten: nieuwe incontinentiemateriaal bestellen");
            reminder.setDueDate(date.plusDays(1));
            reminder.setDone(true);
            rows.add(reminder);
            counts.reminders++;
        }
        dsl.batchInsert(rows.stream().map(r -> (TableRecord<?>) r).toList()).execute();
    }

    private static final String[] NOTES_WELL = {"Rustig en vriendelijk met de bezoekers.", "Nam zelf initiatief in de keuken.",
        "Goed samengewerkt met de collega’s.", "Stipt op tijd en goed voorbereid.", "Stelde een bezoeker gerust."};
    private static final String[] NOTES_ATTENTION = {"Vergat de rolstoel vast te zetten.", "Te laat begonnen.",
        "Moeite met de uitleg aan een bezoeker.", "Liet de keuken onopgeruimd achter."};

    /**
     * The progress records of the social-economy workers: a trajectory, the driving ladder signed off
     * for one in three, ratings every three months rising slowly, a meeting every six months, goals,
     * a training a year, a coaching note a month, guidance in the last half year of their time, and
     * one in ten review lines linked to a competence as evidence.
     */
    private static void progress(DSLContext dsl, AppServices services, List<Person> staff, Random random, LocalDate today,
                                 Counts counts) {
        var steps = services.progress().ladders().get(
                services.catalogue().taskTypeWithCode("DRIVER").orElseThrow().id());
        var competences = services.progress().competences();
        List<org.jooq.Query> rows = new ArrayList<>();
        for (Person p : staff) {
            String programme = dsl.select(STAFF_MEMBER.PROGRAMME).from(STAFF_MEMBER).where(STAFF_MEMBER.ID.eq(p.id()))
                    .fetchOne().value1();
            if (!"LDE".equals(programme)) {
                continue;
            }
            LocalDate end = p.to() == null ? today : p.to();
            rows.add(dsl.insertInto(TRAJECTORY, TRAJECTORY.STAFF_ID, TRAJECTORY.START_DATE, TRAJECTORY.TARGET_JOB)
                    .values(p.id(), p.from(), random.nextBoolean() ? "Logistiek medewerker" : "Zorgkundige"));
            counts.progress++;
            if (random.nextInt(3) == 0) {
                for (int i = 0; i < steps.size(); i++) {
                    LocalDate on = p.from().plusWeeks(i);
                    if (on.isAfter(end)) {
                        break;
                    }
                    rows.add(dsl.insertInto(STEP_SIGNOFF, STEP_SIGNOFF.STAFF_ID, STEP_SIGNOFF.STEP_ID, STEP_SIGNOFF.SIGNED_ON,
                            STEP_SIGNOFF.SIGNED_BY).values(p.id(), steps.get(i).id(), on, "Gerda"));
                    counts.progress++;
                }
            }
            int quarter = 0;
            for (LocalDate d = p.from().plusMonths(3); !d.isAfter(end); d = d.plusMonths(3), quarter++) {
                for (var c : competences.subList(0, 6)) {
                    rows.add(dsl.insertInto(COMPETENCE_RATING, COMPETENCE_RATING.STAFF_ID, COMPETENCE_RATING.COMPETENCE_ID,
                            COMPETENCE_RATING.RATED_ON, COMPETENCE_RATING.GRADE, COMPETENCE_RATING.RATED_BY)
                            .values(p.id(), c.id(), d, (short) Math.min(4, 1 + quarter / 3 + random.nextInt(2)), "Gerda"));
                    counts.progress++;
                }
            }
            for (LocalDate d = p.from().plusMonths(6); !d.isAfter(end); d = d.plusMonths(6)) {
                rows.add(dsl.insertInto(MEETING, MEETING.STAFF_ID, MEETING.KIND, MEETING.PLANNED_ON, MEETING.HELD_ON,
                        MEETING.NOTES, MEETING.AGREEMENTS).values(p.id(), random.nextBoolean() ? "FUNCTIONING" : "EVALUATION",
                        d, d, "Loopt goed; meer zelfstandigheid in de keuken.", "Volgende keer: rijden oefenen."));
                counts.progress++;
            }
            for (LocalDate d = p.from().plusMonths(2); !d.isAfter(end); d = d.plusMonths(6)) {
                boolean done = d.plusMonths(4).isBefore(end);
                rows.add(dsl.insertInto(POP_GOAL, POP_GOAL.STAFF_ID, POP_GOAL.DESCRIPTION, POP_GOAL.SET_ON, POP_GOAL.TARGET_DATE,
                        POP_GOAL.STATUS, POP_GOAL.CLOSED_ON).values(p.id(), "Zelfstandig de maaltijd voorbereiden", d,
                        d.plusMonths(4), done ? "ACHIEVED" : "OPEN", done ? d.plusMonths(4) : null));
                counts.progress++;
            }
            for (LocalDate d = p.from().plusMonths(4); !d.isAfter(end); d = d.plusYears(1)) {
                rows.add(dsl.insertInto(TRAINING, TRAINING.STAFF_ID, TRAINING.TITLE, TRAINING.FROM_DATE, TRAINING.TO_DATE,
                        TRAINING.HOURS, TRAINING.PROVIDER).values(p.id(), "EHBO-opfrissing", d, d, new BigDecimal("7"),
                        "Rode Kruis Vlaanderen"));
                counts.progress++;
            }
            for (LocalDate d = p.from().plusMonths(1); !d.isAfter(end); d = d.plusMonths(1)) {
                rows.add(dsl.insertInto(COACHING_NOTE, COACHING_NOTE.STAFF_ID, COACHING_NOTE.WRITTEN_ON, COACHING_NOTE.NOTE,
                        COACHING_NOTE.WRITTEN_BY).values(p.id(), d, "Gesprek over motivatie en thuissituatie.", "Gerda"));
                counts.progress++;
            }
            for (LocalDate d = end.minusMonths(6).isBefore(p.from()) ? p.from() : end.minusMonths(6); !d.isAfter(end);
                    d = d.plusWeeks(1)) {
                rows.add(dsl.insertInto(GUIDANCE_SESSION, GUIDANCE_SESSION.STAFF_ID, GUIDANCE_SESSION.HELD_ON,
                        GUIDANCE_SESSION.HOURS, GUIDANCE_SESSION.NOTE).values(p.id(), d, new BigDecimal("2.5"),
                        "Sollicitatietraining"));
                counts.progress++;
            }
        }
        dsl.batch(rows).execute();
        counts.progress += dsl.execute("INSERT INTO observation_competence (observation_id, competence_id)"
                + " SELECT o.id, " + competences.get(1).id() + " FROM observation o WHERE MOD(o.id, 10) = 0");
    }
}
