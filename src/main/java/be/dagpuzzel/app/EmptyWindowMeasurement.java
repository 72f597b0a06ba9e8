package be.dagpuzzel.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * An empty JavaFX window of the same size, timed like the real app: the yardstick for
 * Dagpuzzel's own start-up ({@code --measure-empty-window}).
 */
public final class EmptyWindowMeasurement extends Application {

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(), 1200, 800);
        stage.setScene(scene);
        stage.setTitle("empty");
        stage.show();
        StartupTimer.printAfterNextFrame(scene, "first-frame-ms", Platform::exit);
    }
}
