package be.dagpuzzel.exchange.csv;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import be.dagpuzzel.core.WorkingDays;
import be.dagpuzzel.settings.DayTemplateService;
import be.dagpuzzel.settings.TaskCatalogue;
import be.dagpuzzel.settings.TaskType;
import be.dagpuzzel.staff.StaffMember;
import be.dagpuzzel.staff.StaffService;
import be.dagpuzzel.store.Store;
import be.dagpuzzel.transport.Participant;
import be.dagpuzzel.transport.ParticipantService;
import be.dagpuzzel.ui.Messages;

/**
 * The two CSV reports: hours per staff member per task type over a period, read from the rosters
 * (every filled place counts with its slot's hours), and attendance per participant per month
 * (days expected, called off, not there at the morning pick-up, and so came).
 */
public final class CsvReports {

    private final Store store;
    private final StaffService staff;
    private final TaskCatalogue catalogue;
    private final ParticipantService participants;
    private final DayTemplateService templates;
    private final ReportRepository repository = new ReportRepository();

    public CsvReports(Store store, StaffService staff, TaskCatalogue catalogue, ParticipantService participants,
                      DayTemplateService templates) {
        this.store = store;
        this.staff = staff;
        this.catalogue = catalogue;
        this.participants = participants;
        this.templates = templates;
    }

    // ---------------------------------------------------------------- hours

    /** One staff member's minutes per task type id. */
    public record WorkerHours(StaffMember member, Map<Long, Long> minutes) {

        public WorkerHours {
            minutes = Map.copyOf(minutes);
        }

        public long total() {
            return minutes.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** The hours of {@code from}..{@code to}: the task types to show (active or with hours) and everyone with hours. */
    public record Hours(LocalDate from, LocalDate to, List<TaskType> taskTypes, List<WorkerHours> workers) {

        public Hours {
            taskTypes = List.copyOf(taskTypes);
            workers = List.copyOf(workers);
        }

        public long minutes(long staffId, long taskTypeId) {
            return workers.stream().filter(w -> w.member().id() == staffId).findFirst()
                    .map(w -> w.minutes().getOrDefault(taskTypeId, 0L)).orElse(0L);
        }
    }

    public Hours hours(LocalDate from, LocalDate to) {
        Map<Long, Map<Long, Long>> minutes = new HashMap<>();
        for (ReportRepository.FilledPlace place : repository.filledPlaces(store.dsl(), from, to)) {
            minutes.computeIfAbsent(place.staffId(), k -> new HashMap<>())
                    .merge(place.taskTypeId(), place.minutes(), Long::sum);
        }
        Set<Long> used = new HashSet<>();
        minutes.values().forEach(m -> used.addAll(m.keySet()));
        List<TaskType> types = catalogue.taskTypes().stream().filter(t -> t.active() || used.contains(t.id())).toList();
        List<WorkerHours> workers = staff.all().stream().filter(m -> minutes.containsKey(m.id()))
                .map(m -> new WorkerHours(m, minutes.get(m.id()))).toList();
        return new Hours(from, to, types, workers);
    }

    /** The hours as CSV rows: what is counted, the header, a row per staff member, the totals. */
    public static List<List<String>> hoursRows(Hours hours, Messages messages) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(messages.format("csv.hours.title", CsvWriter.date(hours.from()), CsvWriter.date(hours.to()))));
        List<String> header = new ArrayList<>(List.of(messages.get("csv.column.lastName"),
                messages.get("csv.column.firstName"), messages.get("csv.column.programme")));
        for (TaskType type : hours.taskTypes()) {
            header.add(type.displayName(messages.codes("taskType.")));
        }
        header.add(messages.get("csv.column.totalHours"));
        rows.add(header);
        Map<Long, Long> columnTotals = new LinkedHashMap<>();
        for (WorkerHours worker : hours.workers()) {
            List<String> row = new ArrayList<>(List.of(CsvWriter.text(worker.member().profile().lastName()),
                    CsvWriter.text(worker.member().profile().firstName()),
                    messages.get(worker.member().profile().programme().messageKey())));
            for (TaskType type : hours.taskTypes()) {
                long m = worker.minutes().getOrDefault(type.id(), 0L);
                columnTotals.merge(type.id(), m, Long::sum);
                row.add(CsvWriter.hours(m));
            }
            row.add(CsvWriter.hours(worker.total()));
            rows.add(row);
        }
        List<String> totals = new ArrayList<>(List.of(messages.get("csv.column.total"), "", ""));
        for (TaskType type : hours.taskTypes()) {
            totals.add(CsvWriter.hours(columnTotals.getOrDefault(type.id(), 0L)));
        }
        totals.add(CsvWriter.hours(columnTotals.values().stream().mapToLong(Long::longValue).sum()));
        rows.add(totals);
        return rows;
    }

    // ---------------------------------------------------------------- attendance

    /** One participant in one month. {@code came} = expected - called off - no-shows. */
    public record MonthAttendance(Participant participant, YearMonth month, int expected, int calledOff, int noShows) {

        public int came() {
            return expected - calledOff - noShows;
        }
    }

    /**
     * Attendance from {@code from} to {@code to}, counted up to {@code today} (a day still to come has
     * no attendance yet): {@code countedUntil} is the last day counted, empty when none was.
     */
    public record Attendance(LocalDate from, LocalDate to, Optional<LocalDate> countedUntil,
                             List<MonthAttendance> lines) {

        public Attendance {
            lines = List.copyOf(lines);
        }
    }

    public Attendance attendance(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate last = to.isAfter(today) ? today : to;
        WorkingDays open = templates.workingDays();
        Set<ReportRepository.NoShow> noShows = last.isBefore(from) ? Set.of()
                : new HashSet<>(repository.morningNoShows(store.dsl(), from, last));
        Map<Long, Map<YearMonth, int[]>> counts = new HashMap<>();
        Map<Long, Participant> people = new HashMap<>();
        for (LocalDate day = from; !day.isAfter(last); day = day.plusDays(1)) {
            if (!open.isWorkingDay(day)) {
                continue;
            }
            ParticipantService.Attendance attendance = participants.attendance(day);
            YearMonth month = YearMonth.from(day);
            for (Participant p : attendance.expected()) {
                people.put(p.id(), p);
                int[] c = counts.computeIfAbsent(p.id(), k -> new HashMap<>()).computeIfAbsent(month, k -> new int[3]);
                c[0]++;
                if (attendance.absent().containsKey(p.id())) {
                    c[1]++;
                } else if (noShows.contains(new ReportRepository.NoShow(p.id(), day))) {
                    c[2]++;
                }
            }
        }
        List<MonthAttendance> lines = new ArrayList<>();
        counts.forEach((id, months) -> months.forEach((month, c) ->
                lines.add(new MonthAttendance(people.get(id), month, c[0], c[1], c[2]))));
        lines.sort(Comparator.comparing((MonthAttendance l) -> l.participant().lastName(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(l -> l.participant().firstName(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(l -> l.participant().id()).thenComparing(MonthAttendance::month));
        return new Attendance(from, to, last.isBefore(from) ? Optional.empty() : Optional.of(last), lines);
    }

    /** The attendance as CSV rows: what is counted, the header, a row per participant and month. */
    public static List<List<String>> attendanceRows(Attendance attendance, Messages messages) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(messages.format("csv.attendance.title", CsvWriter.date(attendance.from()),
                CsvWriter.date(attendance.to()),
                attendance.countedUntil().map(CsvWriter::date).orElse("-"))));
        rows.add(List.of(messages.get("csv.column.lastName"), messages.get("csv.column.firstName"),
                messages.get("csv.column.year"), messages.get("csv.column.month"), messages.get("csv.column.expected"),
                messages.get("csv.column.came"), messages.get("csv.column.calledOff"),
                messages.get("csv.column.noShows")));
        for (MonthAttendance line : attendance.lines()) {
            rows.add(List.of(CsvWriter.text(line.participant().lastName()), CsvWriter.text(line.participant().firstName()),
                    String.valueOf(line.month().getYear()), String.valueOf(line.month().getMonthValue()),
                    String.valueOf(line.expected()), String.valueOf(line.came()), String.valueOf(line.calledOff()),
                    String.valueOf(line.noShows())));
        }
        return rows;
    }
}
