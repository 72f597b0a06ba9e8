package be.dagpuzzel.progress.view;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import be.dagpuzzel.testing.AppUiTest;

/** The coach makes Fatma's progress report from her page with Ctrl+P, as she would before a meeting. */
class ProgressReportScreenTest extends AppUiTest {

    @Test
    void ctrlPAsksThePeriodSaysWhatIsWrongAndMakesTheReportWithItsCharts() throws Exception {
        // a busy machine (the build shares two cores) needs longer than the usual 15 s to start and fill the demo
        startApp();
        waitLong(() -> exists("#startDemo"));
        robot.clickOn("#startDemo");
        waitForSlowStep(() -> be.dagpuzzel.demo.DemoCentre.NAME.equals(text("#centreName")));
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT5);
        waitUntil(() -> exists("#progressWorkers"));
        ListView<?> workers = robot.lookup("#progressWorkers").queryAs(ListView.class);
        waitUntil(() -> workers.getItems().size() > 3);
        robot.push(KeyCode.CONTROL, KeyCode.P); // on the overview: nobody to report on
        org.controlsfx.control.StatusBar status = robot.lookup("#statusBar").queryAs(org.controlsfx.control.StatusBar.class);
        waitUntil(() -> status.getText().startsWith("Open a worker’s page first"));
        assertFalse(exists("#reportFrom"));

        robot.clickOn("#progressSearch").write("Fatma").push(KeyCode.ENTER);
        waitUntil(() -> "Fatma Yilmaz".equals(text("#progressName")));

        robot.push(KeyCode.CONTROL, KeyCode.P);
        waitLong(() -> exists("#reportFrom"));
        robot.clickOn("#reportFrom").push(KeyCode.CONTROL, KeyCode.A).write("31/02/2026").push(KeyCode.ENTER);
        waitLong(() -> visible("#reportFromError"));
        assertTrue(text("#reportFromError").contains("27/05/2026"), "the wrong date is said at its field");

        robot.clickOn("#reportFrom").push(KeyCode.CONTROL, KeyCode.A).write("1/6").push(KeyCode.ENTER);
        Path pdf = dataDir.resolve("prints").resolve("progress-report-fatma-yilmaz-2026-06-01-2026-11-27.pdf");
        waitLong(() -> Files.exists(pdf) && text("#progressMessage") != null
                && text("#progressMessage").contains("progress-report-fatma-yilmaz"));
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            String report = new PDFTextStripper().getText(document);
            assertTrue(report.contains("Fatma Yilmaz") && report.contains("01/06/2026 – 27/11/2026"), report);
            assertFalse(report.contains("(No chart here"), "with the window open the charts are drawn");
            int images = 0;
            for (var page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
            assertTrue(images >= 2, "the task mix and the competence chart: " + images);
        }
    }

    private static void waitLong(java.util.function.Supplier<Boolean> condition) throws Exception {
        org.testfx.util.WaitForAsyncUtils.waitFor(120, java.util.concurrent.TimeUnit.SECONDS,
                () -> Boolean.TRUE.equals(condition.get()));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }
}
