package be.dagpuzzel.app;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Puts the window where it was last time, as long as that place is still on a screen (a laptop
 * taken away from its second monitor must not open off-screen).
 */
final class WindowPlacement {

    private final Stage stage;
    private final UiPreferences preferences;

    WindowPlacement(Stage stage, UiPreferences preferences) {
        this.stage = stage;
        this.preferences = preferences;
    }

    void restore() {
        preferences.window().ifPresent(bounds -> {
            boolean visible = !Screen.getScreensForRectangle(
                    new Rectangle2D(bounds.x(), bounds.y(), Math.min(bounds.width(), 100), 40)).isEmpty();
            if (visible) {
                stage.setX(bounds.x());
                stage.setY(bounds.y());
            }
            stage.setWidth(bounds.width());
            stage.setHeight(bounds.height());
            stage.setMaximized(bounds.maximized());
        });
    }

    void remember() {
        if (stage.isIconified()) {
            return;
        }
        if (stage.isMaximized()) {
            UiPreferences.WindowBounds normal = preferences.window().orElse(new UiPreferences.WindowBounds(
                    stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), true));
            preferences.setWindow(new UiPreferences.WindowBounds(normal.x(), normal.y(), normal.width(),
                    normal.height(), true));
            return;
        }
        preferences.setWindow(new UiPreferences.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), false));
    }
}
