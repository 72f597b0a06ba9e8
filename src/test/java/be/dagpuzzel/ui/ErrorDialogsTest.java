package be.dagpuzzel.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class ErrorDialogsTest {

    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
    }

    @AfterEach
    void closeDialogs() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void anUnexpectedErrorIsShownInTheUsersLanguageWithTheLogFileAndNoStackTrace() throws Exception {
        Path log = Path.of("/data/dagpuzzel/logs/dagpuzzel-0.log");
        ErrorDialogs dialogs = new ErrorDialogs(() -> new Messages(Language.DUTCH.locale(Locale.ROOT)), () -> null, log);
        Platform.runLater(() -> dialogs.report(new IllegalStateException("disk full", new java.io.IOException("no space"))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());

        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("Er ging iets mis dat Dagpuzzel niet verwachtte.", pane.getHeaderText());
        String body = ((Label) ((javafx.scene.layout.VBox) pane.getContent()).getChildren().getFirst()).getText();
        assertTrue(body.contains(log.toString()), body);
        TextArea details = (TextArea) ((javafx.scene.layout.VBox) pane.getExpandableContent()).getChildren().get(1);
        assertEquals("IllegalStateException: disk full\n← IOException: no space", details.getText());
        assertFalse(details.getText().contains("\tat "), "no stack trace lines");

        Platform.runLater(() -> ((Stage) pane.getScene().getWindow()).close());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Window.getWindows().stream().noneMatch(w -> w.getScene().getRoot() instanceof DialogPane));
    }
}
