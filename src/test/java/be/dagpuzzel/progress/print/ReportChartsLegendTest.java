package be.dagpuzzel.progress.print;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.StackPane;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxToolkit;

/**
 * The printed competence chart names its lines: JavaFX hides a legend that leaves the plot too
 * little room, which left a report with seven competences with unnamed lines. The picture's height
 * grows with the legend, so the legend stays, however many competences are rated.
 */
class ReportChartsLegendTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4, 7, 12})
    void theLegendIsDrawnBelowTheLinesWhateverTheirNumber(int competences) throws Exception {
        CompletableFuture<Boolean> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            LineChart<Number, Number> chart = new LineChart<>(new NumberAxis(), new NumberAxis(0.5, 4.5, 0.5));
            chart.setAnimated(false);
            chart.setLegendSide(Side.BOTTOM);
            for (int i = 0; i < competences; i++) {
                XYChart.Series<Number, Number> series = new XYChart.Series<>();
                series.setName("Work attitude (on time, keeps agreements) " + i);
                series.getData().add(new XYChart.Data<>(1, 1 + i % 4));
                series.getData().add(new XYChart.Data<>(2, 1 + (i + 1) % 4));
                chart.getData().add(series);
            }
            StackPane root = new StackPane(chart);
            new Scene(root, ReportCharts.WIDTH, ReportCharts.linesHeight(competences));
            root.applyCss(); // as ChartImages does before its snapshot
            root.layout();
            Node legend = chart.lookup(".chart-legend");
            shown.complete(legend != null && legend.isVisible() && legend.getBoundsInParent().getHeight() > 0);
        });
        assertTrue(shown.get(20, TimeUnit.SECONDS), "the legend of " + competences + " competences is drawn");
    }
}
