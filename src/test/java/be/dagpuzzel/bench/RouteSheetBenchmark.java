package be.dagpuzzel.bench;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import be.dagpuzzel.transport.MobilityAid;
import be.dagpuzzel.transport.RunDirection;
import be.dagpuzzel.transport.print.RouteSheet;
import be.dagpuzzel.transport.print.RouteSheetData;
import be.dagpuzzel.transport.print.SheetStop;
import be.dagpuzzel.ui.Language;
import be.dagpuzzel.ui.Messages;

/**
 * Measures writing the day's route sheets: 5 runs of 8 stops each (a centre with three buses, morning
 * and evening), normal and large print: the first write in a fresh JVM, then 50 warm-up writes and
 * 200 measured ones. Not a test; run it with the command in docs/performance.md.
 */
public final class RouteSheetBenchmark {

    private static final String[] STREETS = {"Kerkstraat", "Molenstraat", "Stationsstraat", "Kapelstraat",
        "Grote Steenweg", "Dorpsstraat", "Lindenlaan", "Kortrijksesteenweg"};
    private static final String[] TOWNS = {"9000 Gent", "9840 De Pinte", "9830 Sint-Martens-Latem", "9820 Merelbeke"};
    private static final String[] NOTES = {"", "sleutelkluis 1234", "bellen en wachten", "", "achterdeur", ""};

    private RouteSheetBenchmark() {
    }

    public static void main(String[] args) {
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version"));
        List<RouteSheetData> runs = runs(5, 8);
        long cold = System.nanoTime();
        RouteSheet sheet = new RouteSheet(new Messages(Language.DUTCH.locale(Locale.ROOT)));
        sheet.write(runs, false, LocalDateTime.of(2026, 11, 27, 8, 40), new ByteArrayOutputStream());
        System.out.printf("first write in this JVM (class loading, fonts): %.0f ms%n", (System.nanoTime() - cold) / 1e6);
        for (boolean large : new boolean[] {false, true}) {
            measure(sheet, runs, large);
        }
    }

    private static void measure(RouteSheet sheet, List<RouteSheetData> runs, boolean large) {
        LocalDateTime printed = LocalDateTime.of(2026, 11, 27, 8, 40);
        int size = 0;
        for (int i = 0; i < 50; i++) { // warm-up
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            sheet.write(runs, large, printed, out);
            size = out.size();
        }
        long[] times = new long[200];
        for (int i = 0; i < times.length; i++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long start = System.nanoTime();
            sheet.write(runs, large, printed, out);
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        System.out.printf("route sheets, %d runs, %s print (%d KB): median %.2f ms, p95 %.2f ms, max %.2f ms%n",
                runs.size(), large ? "large" : "normal", size / 1024, times[times.length / 2] / 1e6,
                times[times.length * 95 / 100] / 1e6, times[times.length - 1] / 1e6);
    }

    /** Deterministic runs with invented people, some wheelchairs, walkers and notes. */
    static List<RouteSheetData> runs(int count, int stopsPerRun) {
        List<RouteSheetData> runs = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            boolean morning = r % 2 == 0;
            LocalTime time = morning ? LocalTime.of(7, 30) : LocalTime.of(16, 10);
            List<SheetStop> stops = new ArrayList<>();
            for (int s = 1; s <= stopsPerRun; s++) {
                int n = r * stopsPerRun + s;
                MobilityAid aid = MobilityAid.values()[n % MobilityAid.values().length];
                stops.add(new SheetStop(s, time, "Deelnemer " + n + " Vandenbroucke",
                        STREETS[n % STREETS.length] + " " + (n * 7 % 180 + 1) + ", " + TOWNS[n % TOWNS.length],
                        "09 2%02d %02d %02d".formatted(n % 100, n * 3 % 100, n * 7 % 100), aid, aid == MobilityAid.NONE ? 1 : 5,
                        n % 3 == 0, NOTES[n % NOTES.length]));
                time = time.plusMinutes(7);
            }
            runs.add(new RouteSheetData(LocalDate.of(2026, 11, 27), "Dagcentrum De Linde", "Ronde " + (r / 2 + 1),
                    morning ? RunDirection.MORNING : RunDirection.EVENING, "Bus " + (r / 2 + 1), "1-KFB-27" + r,
                    "Chauffeur " + r, r == 3 ? "" : "Begeleider " + r, morning ? LocalTime.of(7, 15) : LocalTime.of(16, 0),
                    time, stops, List.of("Afwezige " + r)));
        }
        return runs;
    }
}
