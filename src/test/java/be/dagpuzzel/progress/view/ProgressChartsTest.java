package be.dagpuzzel.progress.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import be.dagpuzzel.core.TimeRange;
import be.dagpuzzel.progress.ProgressPage;
import be.dagpuzzel.roster.Assignment;
import be.dagpuzzel.roster.RosterSlot;
import be.dagpuzzel.settings.TaskType;
import be.dagpuzzel.ui.Messages;

/** The charts as the printed report gets them: built from a page, put in a scene of their own and drawn off-screen. */
class ProgressChartsTest {

    @TempDir
    Path dir;
    private ProgressPageFixture fixture;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        fixture = new ProgressPageFixture(dir);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    /** Lays the chart out in a scene of its own and draws it, as a print would. */
    private static void draw(Region chart) {
        Scene scene = new Scene(chart, 800, 400);
        chart.applyCss();
        chart.layout();
        WritableImage image = scene.snapshot(null);
        assertEquals(800, (int) image.getWidth());
    }

    @Test
    void theTaskMixHasASeriesPerTaskDoneInItsOwnColourAndAllTwelveMonths() throws Exception {
        long care = fixture.services.catalogue().taskTypeWithCode(TaskType.CARE).orElseThrow().id();
        long kitchen = fixture.services.catalogue().taskTypeWithCode(TaskType.KITCHEN).orElseThrow().id();
        LocalDate day = LocalDate.of(2026, 11, 16);
        RosterSlot a = fixture.services.roster().addSlot(day, care, "A", new TimeRange(LocalTime.of(9, 0), LocalTime.of(12, 0)), 1);
        RosterSlot b = fixture.services.roster().addSlot(day, kitchen, "B", new TimeRange(LocalTime.of(12, 0), LocalTime.of(14, 0)), 1);
        fixture.services.roster().setAssignments(day, List.of(new Assignment(a.id(), 0, fixture.worker.id(), true),
                new Assignment(b.id(), 0, fixture.worker.id(), true)));
        ProgressPage page = fixture.progress.page(fixture.worker.id());
        Map<Long, String> colours = fixture.progress.taskTypes().values().stream()
                .collect(Collectors.toMap(TaskType::id, TaskType::colour));

        StackedBarChart<String, Number> chart = onFx(() -> {
            StackedBarChart<String, Number> c = ProgressCharts.taskMix(page, fixture.page::taskName, colours,
                    new Messages(Locale.ENGLISH));
            draw(c);
            return c;
        });

        assertEquals(List.of("Kitchen", "Care"), chart.getData().stream().map(XYChart.Series::getName).toList(),
                "in the task types' order");
        XYChart.Series<String, Number> careSeries = chart.getData().get(1);
        assertEquals(12, careSeries.getData().size(), "December 2025 to November 2026");
        assertEquals("Nov 26", careSeries.getData().getLast().getXValue());
        assertEquals(3.0, careSeries.getData().getLast().getYValue().doubleValue());
        Region bar = (Region) careSeries.getData().getLast().getNode();
        assertEquals(Color.web(colours.get(care)), bar.getBackground().getFills().getFirst().getFill(),
                "the bar has the colour of Care in Settings");
        assertFalse(chart.getAnimated());
    }

    @Test
    void theCompetenceLinesGoFromOneToFourWithTheLevelsInWords() throws Exception {
        long teamwork = fixture.progress.competences().stream()
                .filter(c -> c.code().equals(java.util.Optional.of("TEAMWORK"))).findFirst().orElseThrow().id();
        fixture.progress.rate(fixture.worker.id(), teamwork, LocalDate.of(2026, 3, 2), 1, "", "");
        fixture.progress.rate(fixture.worker.id(), teamwork, LocalDate.of(2026, 11, 20), 4, "", "");
        ProgressPage page = fixture.progress.page(fixture.worker.id());

        LineChart<Number, Number> chart = onFx(() -> {
            LineChart<Number, Number> c = ProgressCharts.competenceLines(page, fixture.page::competenceName,
                    Set.of(teamwork), new Messages(Locale.ENGLISH));
            draw(c);
            return c;
        });

        assertEquals(List.of("Working with colleagues"), chart.getData().stream().map(XYChart.Series::getName).toList());
        assertEquals(List.of(1, 4), chart.getData().getFirst().getData().stream()
                .map(d -> d.getYValue().intValue()).toList());
        assertEquals(List.of("1 · not yet", "2 · with help", "3 · mostly alone", "4 · steady and independent"),
                labels(chart.getYAxis()).stream().sorted().toList());
        assertEquals("Mar 26", labels(chart.getXAxis()).getFirst(), "from the month of the first rating");
    }

    /** The tick labels an axis shows. */
    private static List<String> labels(javafx.scene.chart.Axis<?> axis) {
        return axis.getChildrenUnmodifiable().stream().filter(n -> n instanceof javafx.scene.text.Text && n.isVisible())
                .map(n -> ((javafx.scene.text.Text) n).getText()).toList();
    }
}
