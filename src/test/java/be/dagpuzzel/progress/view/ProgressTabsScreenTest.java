package be.dagpuzzel.progress.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;

import be.dagpuzzel.testing.AppUiTest;

/** The Competences and Hours tabs of a worker's progress page in the real app with the demo centre. */
class ProgressTabsScreenTest extends AppUiTest {

    private void openTab(String title) throws Exception {
        Node header = robot.lookup("#progressTabs .tab-label").queryAll().stream()
                .filter(n -> title.equals(((Label) n).getText())).findFirst().orElseThrow();
        robot.clickOn(header);
    }

    @SuppressWarnings("unchecked")
    private <T> TableView<T> table(String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    @Test
    void aCompetenceIsRatedByKeyboardAndTheTaskMixHasASeriesPerTaskDone() throws Exception {
        startWithDemo();
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT5);
        waitUntil(() -> exists("#progressSearch"));
        robot.clickOn("#progressSearch").write("Fatma").push(KeyCode.ENTER);
        waitUntil(() -> "Fatma Yilmaz".equals(text("#progressName")));

        openTab("Competences");
        waitUntil(() -> !this.<CompetencesModel.Row>table("#competenceTable").getItems().isEmpty());
        Node teamwork = robot.lookup("#competenceTable .table-cell").queryAll().stream()
                .filter(n -> "Working with colleagues".equals(((TableCell<?, ?>) n).getText())).findFirst().orElseThrow();
        robot.clickOn(teamwork);
        assertEquals("Rate: Working with colleagues", text("#rateCompetenceName"));
        robot.push(KeyCode.DIGIT3);
        TextField note = robot.lookup("#rateNote").queryAs(TextField.class);
        waitUntil(note::isFocused);
        assertEquals("", note.getText(), "the digit chose the level and did not land in the note");
        assertEquals("3 · mostly alone", text("#rateLevelWords"));
        robot.push(KeyCode.ENTER);
        waitUntil(() -> this.<CompetencesModel.Row>table("#competenceTable").getItems().stream()
                .anyMatch(r -> r.name().equals("Working with colleagues") && r.levelText().equals("3 · mostly alone")));
        waitUntil(() -> exists("#competenceChart"));

        openTab("Hours & training");
        waitUntil(() -> !this.<HoursModel.TaskLine>table("#hoursTable").getItems().isEmpty() && exists("#taskMixChart"));
        List<String> tasks = this.<HoursModel.TaskLine>table("#hoursTable").getItems().stream()
                .map(HoursModel.TaskLine::name).sorted().toList();
        StackedBarChart<?, ?> chart = robot.lookup("#taskMixChart").queryAs(StackedBarChart.class);
        List<String> series = chart.getData().stream().map(XYChart.Series::getName).sorted().toList();
        assertFalse(series.isEmpty());
        assertEquals(tasks, series, "a series per task type she did in the last 12 months, as in the table");
    }
}
