package be.dagpuzzel.progress.view;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.collections.FXCollections;
import javafx.geometry.Side;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

import be.dagpuzzel.progress.Competence;
import be.dagpuzzel.progress.CompetenceRating;
import be.dagpuzzel.progress.ProgressPage;
import be.dagpuzzel.ui.Messages;

/**
 * The progress charts, built the same way for the screen and for the printed report: the task mix
 * per month (stacked bars in the task types' colours) and the competence levels over time (a line
 * per competence on a 1-4 scale). The charts come ready to show or to snapshot: animation off,
 * the legend below, colours and line patterns in the chart's own stylesheets, so they need nothing
 * from the screen's CSS. To print one: put it in a {@code Scene} of the size wanted (say 800 × 400),
 * call {@code applyCss()} and {@code layout()} on it and take {@code scene.snapshot(null)} on the FX
 * thread ({@code ProgressChartsTest} does exactly that).
 */
public final class ProgressCharts {

    /** Months in the task-mix chart, this month included. */
    public static final int TASK_MIX_MONTHS = 12;

    /**
     * Line colours that stay apart for colour-blind readers and in grey print (Okabe-Ito, with dark
     * grey instead of yellow); each colour also gets its own line pattern.
     */
    static final List<String> LINE_COLOURS = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00",
            "#56B4E9", "#000000", "#737373");
    static final List<String> LINE_DASHES = List.of("", "10 4", "3 4", "10 4 3 4");
    private static final String FALLBACK_COLOUR = "#999999";
    private static final String STYLESHEET = ProgressCharts.class.getResource("progress-charts.css").toExternalForm();

    private ProgressCharts() {
    }

    // ---- task mix

    /** The task mix per month in the language the app formats dates in (the user's). */
    public static StackedBarChart<String, Number> taskMix(ProgressPage page, Function<Long, String> taskName,
                                                          Map<Long, String> colours) {
        return taskMix(page, taskName, colours, defaultMessages());
    }

    /**
     * Hours per task type per month over the last {@link #TASK_MIX_MONTHS} months up to the page's
     * today: a series per task type the worker did in that time, in the task type's colour.
     */
    public static StackedBarChart<String, Number> taskMix(ProgressPage page, Function<Long, String> taskName,
                                                          Map<Long, String> colours, Messages messages) {
        YearMonth last = YearMonth.from(page.clock().today());
        YearMonth first = last.minusMonths(TASK_MIX_MONTHS - 1L);
        DateTimeFormatter format = DateTimeFormatter.ofPattern("MMM yy", messages.locale());
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        CategoryAxis x = new CategoryAxis(FXCollections.observableArrayList(months.stream().map(format::format).toList()));
        x.setAutoRanging(false);
        double most = months.stream().mapToDouble(m -> page.hours().minutesPerMonth().getOrDefault(m, Map.of()).values()
                .stream().mapToInt(Integer::intValue).sum() / 60.0).max().orElse(0);
        int unit = hourStep(most);
        NumberAxis y = new NumberAxis(0, Math.max(unit, Math.ceil(most / unit) * unit), unit);
        y.setAutoRanging(false);
        y.setLabel(messages.get("progress.chart.hours"));
        y.setMinorTickVisible(false);
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return String.valueOf(Math.round(value.doubleValue()));
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        StackedBarChart<String, Number> chart = new StackedBarChart<>(x, y);
        chart.setAnimated(false);
        x.setAnimated(false);
        y.setAnimated(false);
        chart.setLegendSide(Side.BOTTOM);
        chart.getStyleClass().add("task-mix-chart");

        Set<Long> tasks = new TreeSet<>(page.hours().total(first, last).entrySet().stream()
                .filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList());
        List<String> seriesColours = new ArrayList<>();
        for (long task : tasks) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(taskName.apply(task));
            for (YearMonth m : months) {
                int minutes = page.hours().minutesPerMonth().getOrDefault(m, Map.of()).getOrDefault(task, 0);
                series.getData().add(new XYChart.Data<>(format.format(m), minutes / 60.0));
            }
            chart.getData().add(series);
            seriesColours.add(colours.get(task));
        }
        colourTasks(chart, seriesColours);
        return chart;
    }

    /**
     * Gives a stacked bar chart the progress charts' look and each series (bars and legend) the
     * colour of its task type, in the order of the series; the printed report uses it too, so a task
     * has the same colour on screen and on paper.
     */
    public static void colourTasks(StackedBarChart<String, Number> chart, List<String> colours) {
        if (!chart.getStyleClass().contains("task-mix-chart")) {
            chart.getStyleClass().add("task-mix-chart");
        }
        StringBuilder css = new StringBuilder();
        for (int i = 0; i < colours.size(); i++) {
            String colour = colours.get(i);
            css.append(".chart-bar.series").append(i).append(" { -fx-bar-fill: ")
                    .append(colour != null && colour.matches("#[0-9a-fA-F]{6}") ? colour : FALLBACK_COLOUR).append("; }\n");
        }
        chart.getStylesheets().setAll(STYLESHEET, dataUri(css.toString()));
    }

    /** Whole hours between the ticks, so that up to {@code most} takes at most 8 steps. */
    static int hourStep(double most) {
        for (int step : new int[] {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500}) {
            if (most / step <= 8) {
                return step;
            }
        }
        return 1000;
    }

    // ---- competence levels

    /** Competences whose latest rating lies within a year before the page's today: the lines shown by default. */
    public static Set<Long> recentlyRated(ProgressPage page) {
        LocalDate yearAgo = page.clock().today().minusYears(1);
        return page.ratings().stream().filter(r -> !r.ratedOn().isBefore(yearAgo))
                .map(CompetenceRating::competenceId).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The competence lines of those rated in the last year, in the language the app formats dates in. */
    public static LineChart<Number, Number> competenceLines(ProgressPage page, Function<Competence, String> name) {
        return competenceLines(page, name, recentlyRated(page), defaultMessages());
    }

    /**
     * Levels over time: a line per competence in {@code shown} that has ratings, in the competences'
     * order; the x axis in months, the y axis 1 to 4 in whole steps.
     */
    public static LineChart<Number, Number> competenceLines(ProgressPage page, Function<Competence, String> name,
                                                            Set<Long> shown, Messages messages) {
        List<Competence> lines = page.competences().stream()
                .filter(c -> shown.contains(c.id()) && page.ratings().stream().anyMatch(r -> r.competenceId() == c.id()))
                .sorted(Comparator.comparingInt(Competence::order).thenComparingLong(Competence::id)).toList();
        List<CompetenceRating> rated = page.ratings().stream()
                .filter(r -> lines.stream().anyMatch(c -> c.id() == r.competenceId())).toList();
        YearMonth firstMonth = rated.stream().map(r -> YearMonth.from(r.ratedOn())).min(Comparator.naturalOrder())
                .orElse(YearMonth.from(page.clock().today()).minusMonths(5));
        YearMonth lastMonth = YearMonth.from(page.clock().today());
        double lower = monthIndex(firstMonth);
        double span = monthIndex(lastMonth) + 1 - lower;
        int step = span <= 12 ? 1 : span <= 24 ? 2 : span <= 36 ? 3 : span <= 72 ? 6 : 12;
        double upper = lower + Math.ceil(span / step) * step;
        NumberAxis x = new NumberAxis(lower, upper, step);
        x.setAutoRanging(false);
        x.setMinorTickVisible(false);
        DateTimeFormatter format = DateTimeFormatter.ofPattern("MMM yy", messages.locale());
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return format.format(month(value.doubleValue()));
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        LevelAxis y = new LevelAxis(level -> messages.format("progress.level.line", level,
                messages.get("progress.level." + level)));
        y.setLabel(messages.get("progress.chart.level"));
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setAnimated(false);
        x.setAnimated(false);
        y.setAnimated(false);
        chart.setLegendSide(Side.BOTTOM);
        chart.setCreateSymbols(true);
        chart.getStyleClass().add("competence-chart");
        for (Competence c : lines) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(name.apply(c));
            page.ratings().stream().filter(r -> r.competenceId() == c.id())
                    .sorted(Comparator.comparing(CompetenceRating::ratedOn).thenComparingLong(CompetenceRating::id))
                    .forEach(r -> series.getData().add(new XYChart.Data<>(monthIndex(r.ratedOn()), r.level())));
            chart.getData().add(series);
        }
        styleLines(chart);
        return chart;
    }

    /**
     * Gives a line chart the competence lines' look: colours that stay apart for colour-blind readers
     * and in grey print, each with its own line pattern, legend included; the printed report uses it
     * too, so a line looks the same on screen and on paper.
     */
    public static void styleLines(LineChart<Number, Number> chart) {
        if (!chart.getStyleClass().contains("competence-chart")) {
            chart.getStyleClass().add("competence-chart");
        }
        StringBuilder css = new StringBuilder();
        for (int i = 0; i < chart.getData().size(); i++) {
            String colour = LINE_COLOURS.get(i % LINE_COLOURS.size());
            String dash = LINE_DASHES.get(i % LINE_DASHES.size());
            css.append(".chart-series-line.series").append(i).append(" { -fx-stroke: ").append(colour).append(";")
                    .append(dash.isEmpty() ? "" : " -fx-stroke-dash-array: " + dash + ";").append(" }\n");
            css.append(".chart-line-symbol.series").append(i).append(" { -fx-background-color: ").append(colour)
                    .append(", white; }\n");
        }
        chart.getStylesheets().setAll(STYLESHEET, dataUri(css.toString()));
    }

    /** Months since year 0 with the day as a fraction, so ratings in one month sit in their order. */
    static double monthIndex(LocalDate day) {
        return monthIndex(YearMonth.from(day)) + (day.getDayOfMonth() - 1) / (double) day.lengthOfMonth();
    }

    private static double monthIndex(YearMonth month) {
        return month.getYear() * 12.0 + month.getMonthValue() - 1;
    }

    private static YearMonth month(double index) {
        long whole = Math.round(Math.floor(index + 1e-9));
        return YearMonth.of((int) Math.floorDiv(whole, 12), (int) Math.floorMod(whole, 12) + 1);
    }

    private static Messages defaultMessages() {
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        return new Messages("nl".equals(format.getLanguage()) ? format : Locale.ENGLISH);
    }

    private static String dataUri(String css) {
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }
}
