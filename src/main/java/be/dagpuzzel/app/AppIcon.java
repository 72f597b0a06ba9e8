package be.dagpuzzel.app;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;

import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The Dagpuzzel icon for the window's title bar and the taskbar. The PNGs are exported from
 * {@code icons/dagpuzzel.svg} by {@code icons/export.sh}; JavaFX picks the size that fits.
 */
public final class AppIcon {

    private static final Logger LOG = Logger.getLogger(AppIcon.class.getName());
    static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private AppIcon() {
    }

    /** Puts the icon on {@code stage}; a missing picture is logged, never fatal. */
    public static void applyTo(Stage stage) {
        Objects.requireNonNull(stage, "stage");
        for (int size : SIZES) {
            String name = resourceName(size);
            try (InputStream in = AppIcon.class.getResourceAsStream(name)) {
                if (in == null) {
                    LOG.warning(() -> "App icon missing: " + name);
                    continue;
                }
                stage.getIcons().add(new Image(in));
            } catch (java.io.IOException e) {
                LOG.warning(() -> "App icon unreadable: " + name + ": " + e);
            }
        }
    }

    static String resourceName(int size) {
        return "/be/dagpuzzel/icons/dagpuzzel-" + size + ".png";
    }
}
