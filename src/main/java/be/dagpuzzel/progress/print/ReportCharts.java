package be.dagpuzzel.progress.print;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.geometry.Side;
import javafx.util.StringConverter;

import be.dagpuzzel.progress.CompetenceRating;
import be.dagpuzzel.settings.TaskType;
import be.dagpuzzel.ui.Messages;

/**
 * The two charts of the progress report: hours per task type per month (stacked bars) and the
 * competence levels over the period (lines), drawn as JavaFX charts and turned into pictures by
 * {@link ChartImages}. Unlike the page's {@code progress.view.ProgressCharts} (the last twelve
 * months), these cover exactly the report's period: months cut to it and levels carried to its edges.
 */
public final class ReportCharts {

    /** The report's pictures: PNG bytes, or empty when they could not be drawn. */
    public record Images(Optional<byte[]> taskMix, Optional<byte[]> competences) {

        public static Images none() {
            return new Images(Optional.empty(), Optional.empty());
        }

        public boolean any() {
            return taskMix.isPresent() || competences.isPresent();
        }
    }

    /** Width and height of a chart on the page, in points. */
    static final double WIDTH = 515;
    static final double HEIGHT = 230;
    /**
     * The competence chart is taller: its legend is below it, a line per competence. JavaFX hides a
     * legend that would leave the plot less than 150 px, so the picture grows with the legend.
     */
    static final double LINES_HEIGHT = 250;
    static final double LEGEND_LINE = 21;
    /** The most a chart takes of an A4 page, in points. */
    static final double MOST_HEIGHT = 600;
    private static final double LINES_APART = 0.045;
    private static final String PRINT_STYLE = "-fx-font-size: 11px; -fx-background-color: white; -fx-padding: 6 24 6 6;";

    private ReportCharts() {
    }

    /** Draws both charts for {@code data}; without a JavaFX toolkit, none. */
    public static Images render(ReportData data, Messages messages) {
        Optional<byte[]> mix = data.totalMinutes() > 0 || data.monthsInPeriod().values().stream().anyMatch(m -> !m.isEmpty())
                ? ChartImages.png(() -> taskMix(data, messages), WIDTH, HEIGHT) : Optional.empty();
        Optional<byte[]> lines = data.competences().isEmpty() ? Optional.empty()
                : ChartImages.png(() -> competenceLines(data, messages), WIDTH, linesHeight(data.competences().size()));
        return new Images(mix, lines);
    }

    /** The height of the competence chart with {@code competences} lines in its legend, in points. */
    static double linesHeight(int competences) {
        return LINES_HEIGHT + LEGEND_LINE * competences;
    }

    /** Hours per task type per month of the period, stacked. */
    static Node taskMix(ReportData data, Messages messages) {
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yy", messages.locale());
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel(messages.get("print.progress.col.hours"));
        StackedBarChart<String, Number> chart = new StackedBarChart<>(x, y);
        chart.setAnimated(false);
        chart.setLegendSide(Side.RIGHT);
        chart.setStyle(PRINT_STYLE);
        Map<YearMonth, Map<Long, Integer>> months = data.monthsInPeriod();
        Set<Long> tasks = new LinkedHashSet<>();
        months.values().forEach(m -> tasks.addAll(new java.util.TreeSet<>(m.keySet())));
        x.getCategories().setAll(months.keySet().stream().map(month::format).toList());
        java.util.List<String> colours = new java.util.ArrayList<>();
        for (long task : tasks) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(taskName(data, task, messages));
            months.forEach((m, byTask) -> series.getData().add(new XYChart.Data<>(month.format(m),
                    byTask.getOrDefault(task, 0) / 60.0)));
            chart.getData().add(series);
            TaskType type = data.taskTypes().get(task);
            colours.add(type == null ? null : type.colour());
        }
        // the task types' own colours, as on the worker's page
        be.dagpuzzel.progress.view.ProgressCharts.colourTasks(chart, colours);
        return chart;
    }

    /** Each rated competence's level from the start to the end of the period. */
    static Node competenceLines(ReportData data, Messages messages) {
        ReportPeriod period = data.period();
        // a little room before and after the period, so the marks of a rating on its first or last
        // day are drawn whole rather than cut in half by the plot's edge
        long days = period.to().toEpochDay() - period.from().toEpochDay();
        double margin = Math.max(2, days * 0.03);
        NumberAxis x = new NumberAxis(period.from().toEpochDay() - margin, period.to().toEpochDay() + margin,
                Math.max(1, days / 6.0));
        x.setAutoRanging(false);
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number day) {
                LocalDate date = LocalDate.ofEpochDay(day.longValue());
                // no dates in the margin outside the period
                return period.contains(date) ? date.format(DateTimeFormatter.ofPattern("dd/MM/yy")) : "";
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        NumberAxis y = new NumberAxis(0.5, 4.5, 0.5);
        y.setAutoRanging(false);
        y.setMinorTickVisible(false);
        y.setLabel(messages.get("print.progress.level"));
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number level) {
                double value = level.doubleValue();
                return Math.abs(value - Math.rint(value)) < 0.01 ? String.valueOf(Math.round(value)) : "";
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setAnimated(false);
        chart.setLegendSide(Side.BOTTOM);
        chart.setStyle(PRINT_STYLE);
        var changes = data.competences();
        for (int i = 0; i < changes.size(); i++) {
            ReportData.CompetenceChange c = changes.get(i);
            // lines on the same level are drawn a hair apart, so that none hides another
            double apart = (i - (changes.size() - 1) / 2.0) * LINES_APART;
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(c.competence().displayName(messages.codes("competence.")));
            c.atStart().ifPresent(level -> series.getData().add(unmarked(period.from().toEpochDay(), level + apart)));
            for (CompetenceRating r : data.page().ratings()) {
                if (r.competenceId() == c.competence().id() && period.contains(r.ratedOn())) {
                    series.getData().add(new XYChart.Data<>(r.ratedOn().toEpochDay(), r.level() + apart));
                }
            }
            c.atEnd().ifPresent(level -> series.getData().add(unmarked(period.to().toEpochDay(), level + apart)));
            chart.getData().add(series);
        }
        be.dagpuzzel.progress.view.ProgressCharts.styleLines(chart);
        return chart;
    }

    /** The level carried to the start or end of the period: part of the line, without the mark of a rating. */
    private static XYChart.Data<Number, Number> unmarked(long day, double level) {
        XYChart.Data<Number, Number> point = new XYChart.Data<>(day, level);
        point.setNode(new javafx.scene.layout.Region());
        return point;
    }

    static String taskName(ReportData data, long taskTypeId, Messages messages) {
        TaskType t = data.taskTypes().get(taskTypeId);
        return t == null ? "?" : t.displayName(messages.codes("taskType."));
    }
}
