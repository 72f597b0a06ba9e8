package be.dagpuzzel.bench.jmh;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import be.dagpuzzel.core.ValidationException;
import be.dagpuzzel.review.ReviewHit;
import be.dagpuzzel.review.ReviewSearch;
import be.dagpuzzel.roster.Assignment;
import be.dagpuzzel.roster.DayBoard;
import be.dagpuzzel.roster.PlanBuilder;
import be.dagpuzzel.roster.RosterSlot;
import be.dagpuzzel.roster.rules.RosterPlan;
import be.dagpuzzel.roster.rules.RosterRules;
import be.dagpuzzel.roster.rules.Worker;
import be.dagpuzzel.roster.view.BoardPresenter;
import be.dagpuzzel.staff.Absence;
import be.dagpuzzel.staff.AbsenceDraft;
import be.dagpuzzel.staff.AbsenceKind;
import be.dagpuzzel.staff.StaffDay;
import be.dagpuzzel.staff.StaffMember;
import be.dagpuzzel.transport.PlannedRun;
import be.dagpuzzel.transport.RunChecks;
import be.dagpuzzel.ui.Language;
import be.dagpuzzel.ui.Messages;

/**
 * What a nurse does many times a day, on a copy of the ten-year store ({@link TenYearStore}): each
 * benchmark is the work the app does on its store thread for one click, without drawing. Sample
 * time, so the results give the median and the 95th percentile next to the mean. Target: 100 ms.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Djava.util.logging.config.file=/dev/null", "-Djava.awt.headless=true",
    "--enable-native-access=ALL-UNNAMED", "-Duser.language=en", "-Duser.country=GB"})
public class DailyJmh {

    /** The open store with the board's rules (2 s auto-plan limit, as on the board) and presenter. */
    @State(Scope.Benchmark)
    public static class Centre {
        TenYearStore big;
        RosterRules rules;
        BoardPresenter presenter;
        long longestServing;

        @Setup(Level.Trial)
        public void open() throws Exception {
            big = TenYearStore.open();
            rules = new RosterRules(java.time.Duration.ofSeconds(2));
            presenter = new BoardPresenter(rules, new Messages(Language.DUTCH.locale(Locale.ROOT)));
            longestServing = big.longestHistoryFollowed();
            StaffMember longest = big.services.staff().find(longestServing).orElseThrow();
            // what the benchmarks work on, printed once per fork
            var page = big.services.progress().page(longestServing);
            DayBoard board = big.services.roster().open(TenYearStore.MONTH_AGO);
            var transport = big.services.transport().day(TenYearStore.MONTH_AGO);
            System.out.printf("[store] %s: %d slots, %d assignments, %d people listed; %d runs with %d stops;"
                    + " the followed worker with the longest history, since %s: %d months of hours, %d feedback lines, %d ratings,"
                    + " %d timeline events%n", TenYearStore.MONTH_AGO, board.slots().size(), board.assignments().size(),
                    board.staff().size(), transport.runs().size(),
                    transport.runs().stream().mapToInt(r -> r.stops().size()).sum(), longest.profile().startDate(),
                    page.hours().minutesPerMonth().size(), page.evidence().size(), page.ratings().size(),
                    page.timeline().size());
        }

        @TearDown(Level.Trial)
        public void close() throws Exception {
            big.close();
        }
    }

    /** Flips between a day last month and a day in 2019, as the date bar's arrows and the calendar do. */
    @State(Scope.Thread)
    public static class TwoDays {
        int flip;

        LocalDate next() {
            return flip++ % 2 == 0 ? TenYearStore.MONTH_AGO : TenYearStore.IN_2019;
        }
    }

    /** One place of last month's board, given to one of two people in turn: a change that is stored each time. */
    @State(Scope.Thread)
    public static class Edit {
        DayBoard board;
        long slotId;
        long[] people;
        int flip;
        RosterPlan plan;
        Random random = new Random(7);

        @Setup(Level.Trial)
        public void choose(Centre centre) {
            board = centre.big.services.roster().open(TenYearStore.MONTH_AGO);
            RosterSlot slot = board.slots().getFirst();
            slotId = slot.id();
            List<Long> assigned = board.assignments().stream().map(Assignment::staffId).toList();
            people = board.staff().stream().filter(StaffDay::isExpected).map(d -> d.member().id())
                    .filter(id -> !assigned.contains(id)).limit(2).mapToLong(Long::longValue).toArray();
            if (people.length < 2) { // everyone has a place: swap two who have one
                people = board.staff().stream().filter(StaffDay::isExpected).limit(2).mapToLong(d -> d.member().id())
                        .toArray();
            }
            plan = PlanBuilder.build(board);
        }

        List<Assignment> next() {
            long who = people[flip++ % 2];
            List<Assignment> next = new ArrayList<>(board.assignments().stream()
                    .filter(a -> !(a.slotId() == slotId && a.position() == 0) && a.staffId() != who).toList());
            next.add(new Assignment(slotId, 0, who, true));
            return next;
        }
    }

    /** A sick call for today of someone employed now; taken back after each measured call. */
    @State(Scope.Thread)
    public static class SickCall {
        AbsenceDraft draft;
        Absence recorded;

        @Setup(Level.Trial)
        public void choose(Centre centre) {
            for (StaffMember m : centre.big.services.staff().all()) {
                if (!m.profile().employedOn(TenYearStore.TODAY)) {
                    continue;
                }
                AbsenceDraft candidate = AbsenceDraft.wholeDay(m.id(), AbsenceKind.SICK, TenYearStore.TODAY);
                try {
                    Absence a = centre.big.services.staff().recordAbsence(candidate);
                    centre.big.services.staff().removeAbsence(a.id());
                    draft = candidate;
                    return;
                } catch (ValidationException taken) {
                    // already away that day: the next one
                }
            }
            throw new IllegalStateException("no one employed on " + TenYearStore.TODAY);
        }

        @TearDown(Level.Invocation)
        public void takeBack(Centre centre) {
            if (recorded != null) {
                centre.big.services.staff().removeAbsence(recorded.id());
                recorded = null;
            }
        }
    }

    /** Opening the Today board on a day last month: the day's reads, 28 days of history, all rules checked. */
    @Benchmark
    public BoardPresenter.Shown openBoard(Centre c) {
        return c.presenter.show(c.big.services.roster().open(TenYearStore.MONTH_AGO));
    }

    /** Switching the board between a day last month and a day in 2019 (each call one of the two). */
    @Benchmark
    public BoardPresenter.Shown switchDays(Centre c, TwoDays days) {
        return c.presenter.show(c.big.services.roster().open(days.next()));
    }

    /** One person put on a place: the new assignments stored, then all warnings re-checked (what the board does). */
    @Benchmark
    public BoardPresenter.Shown assignAndCheck(Centre c, Edit edit) {
        List<Assignment> next = edit.next();
        c.big.services.roster().setAssignments(edit.board.date(), next);
        BoardPresenter.Shown shown = c.presenter.show(edit.board.withAssignments(next));
        edit.board = shown.board();
        return shown;
    }

    /** The warning re-check alone on last month's board after one place changed hands (no store, no texts). */
    @Benchmark
    public List<RosterRules.Finding> recheckAfterEdit(Centre c, Edit edit) {
        List<Worker> workers = edit.plan.getWorkers();
        var seats = edit.plan.getSeats();
        seats.get(edit.random.nextInt(seats.size())).setWorker(workers.get(edit.random.nextInt(workers.size())));
        return c.rules.check(edit.plan);
    }

    /** Opening the Transport section on a driven day last month: runs, stops, calls, then timed and checked. */
    @Benchmark
    public List<PlannedRun> openTransport(Centre c) {
        return RunChecks.plan(c.big.services.transport().day(TenYearStore.MONTH_AGO), List.of());
    }

    /** Opening today's transport (the runs are kept in line with the day's calls first). */
    @Benchmark
    public List<PlannedRun> openTodaysTransport(Centre c) {
        return RunChecks.plan(c.big.services.transport().day(TenYearStore.TODAY), List.of());
    }

    /** The progress page of the followed worker with the longest history ({@link TenYearStore#longestHistoryFollowed}). */
    @Benchmark
    public Object progressPage(Centre c) {
        return c.big.services.progress().page(c.longestServing);
    }

    /** The progress overview: what is due for everyone followed. */
    @Benchmark
    public Object progressOverview(Centre c) {
        return c.big.services.progress().overview();
    }

    /** The review's search over all notes of ten years ("rolstoel", no person chosen). */
    @Benchmark
    public List<ReviewHit> searchReviewNotes(Centre c) {
        return c.big.services.review().search(new ReviewSearch("rolstoel", Optional.empty(), Optional.empty(),
                TenYearStore.TODAY.minusYears(10), TenYearStore.TODAY));
    }

    /** A sick call recorded on the staff page (checked against the contract and other absences, stored). */
    @Benchmark
    public Absence recordAbsence(Centre c, SickCall call) {
        call.recorded = c.big.services.staff().recordAbsence(call.draft);
        return call.recorded;
    }

    /** The participants list. */
    @Benchmark
    public Object participantsList(Centre c) {
        return c.big.services.participants().all();
    }

    /** The staff list. */
    @Benchmark
    public Object staffList(Centre c) {
        return c.big.services.staff().all();
    }
}
