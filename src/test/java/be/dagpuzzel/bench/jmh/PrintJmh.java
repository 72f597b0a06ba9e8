package be.dagpuzzel.bench.jmh;

import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import be.dagpuzzel.progress.print.ProgressReport;
import be.dagpuzzel.progress.print.ReportCharts;
import be.dagpuzzel.progress.print.ReportData;
import be.dagpuzzel.progress.print.ReportPeriod;
import be.dagpuzzel.transport.RunChecks;
import be.dagpuzzel.transport.TransportDay;
import be.dagpuzzel.transport.print.RouteSheet;
import be.dagpuzzel.transport.print.RouteSheetData;
import be.dagpuzzel.ui.Language;
import be.dagpuzzel.ui.Messages;

/**
 * The two PDFs on a copy of the ten-year store: all route sheets of a driven day last month (Ctrl+P
 * on Transport), and the progress report of the followed worker with the longest history (Ctrl+P on Progress),
 * without its two charts: they are JavaFX snapshots and need the toolkit, which a benchmark has not
 * started. Each call reads and writes the whole PDF into memory.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Djava.util.logging.config.file=/dev/null", "-Djava.awt.headless=true",
    "--enable-native-access=ALL-UNNAMED", "-Duser.language=en", "-Duser.country=GB"})
public class PrintJmh {

    private static final LocalDateTime PRINTED = LocalDateTime.of(TenYearStore.TODAY, LocalTime.of(8, 40));

    /** The store open, for the route sheets in normal or large print. */
    @State(Scope.Benchmark)
    public static class Sheets {
        @Param({"normal", "large"})
        public String print;

        TenYearStore big;
        Messages messages;

        @Setup(Level.Trial)
        public void open() throws Exception {
            big = TenYearStore.open();
            messages = new Messages(Language.DUTCH.locale(Locale.ROOT));
            TransportDay day = big.services.transport().day(TenYearStore.MONTH_AGO);
            List<RouteSheetData> sheets = be.dagpuzzel.transport.view.TransportViewModel.sheets(day, RunChecks.plan(day, List.of()), Optional.empty());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new RouteSheet(messages).write(sheets, print.equals("large"), PRINTED, out);
            System.out.printf("[store] route sheets of %s, %s print: %d sheets, %d stops, %d KB%n", TenYearStore.MONTH_AGO,
                    print, sheets.size(), sheets.stream().mapToInt(s -> s.stops().size()).sum(), out.size() / 1024);
        }

        @TearDown(Level.Trial)
        public void close() throws Exception {
            big.close();
        }
    }

    /** The store open, for the report of the last six months or of all years. */
    @State(Scope.Benchmark)
    public static class Report {
        @Param({"six-months", "all-years"})
        public String period;

        TenYearStore big;
        Messages messages;
        long longestServing;

        @Setup(Level.Trial)
        public void open() throws Exception {
            big = TenYearStore.open();
            messages = new Messages(Language.DUTCH.locale(Locale.ROOT));
            longestServing = big.longestHistoryFollowed();
            System.out.printf("[store] progress report, %s: %d KB%n", period, new PrintJmh().progressReport(this).length / 1024);
        }

        @TearDown(Level.Trial)
        public void close() throws Exception {
            big.close();
        }
    }

    /** The day's transport read, timed and checked, the sheets of every run with stops made and written as one PDF. */
    @Benchmark
    public byte[] routeSheetsOfADay(Sheets c) {
        TransportDay day = c.big.services.transport().day(TenYearStore.MONTH_AGO);
        List<RouteSheetData> sheets = be.dagpuzzel.transport.view.TransportViewModel.sheets(day, RunChecks.plan(day, List.of()), Optional.empty());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RouteSheet(c.messages).write(sheets, c.print.equals("large"), PRINTED, out);
        return out.toByteArray();
    }

    /** The worker's report for the period, read and written as PDF (no charts). */
    @Benchmark
    public byte[] progressReport(Report c) {
        ReportPeriod period = c.period.equals("six-months") ? ReportPeriod.lastSixMonths(TenYearStore.TODAY)
                : new ReportPeriod(TenYearStore.TODAY.minusYears(10), TenYearStore.TODAY);
        ReportData data = ReportData.read(c.big.services.progress(), c.longestServing, period, "De Linde");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ProgressReport(c.messages).write(data, ReportCharts.Images.none(), PRINTED, true, out);
        return out.toByteArray();
    }
}
