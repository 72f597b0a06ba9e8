package be.dagpuzzel.app;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

import be.dagpuzzel.ui.Language;

/**
 * What this desk remembers between starts: window bounds, the last section and the language.
 * Kept in a small file in the data folder (read before the store is open, so the window can be
 * built at once). A missing or damaged file just means defaults.
 */
public final class UiPreferences {

    static final String FILE_NAME = "ui.properties";
    private static final Logger LOG = Logger.getLogger(UiPreferences.class.getName());

    /** Window position and size in screen pixels. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    private final Path file;
    private final Properties values = new Properties();

    private UiPreferences(Path file) {
        this.file = file;
    }

    public static UiPreferences load(Path dataDir) {
        UiPreferences prefs = new UiPreferences(dataDir.resolve(FILE_NAME));
        if (Files.isRegularFile(prefs.file)) {
            try (Reader reader = Files.newBufferedReader(prefs.file, StandardCharsets.UTF_8)) {
                prefs.values.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(Level.WARNING, "Ignoring unreadable " + prefs.file, e);
                prefs.values.clear();
            }
        }
        return prefs;
    }

    public Language language() {
        return Language.parse(values.getProperty("language"));
    }

    public void setLanguage(Language language) {
        values.setProperty("language", language.name());
    }

    public Section section() {
        return Section.parse(values.getProperty("section"), Section.TODAY);
    }

    public void setSection(Section section) {
        values.setProperty("section", section.name());
    }

    public Optional<WindowBounds> window() {
        try {
            double x = Double.parseDouble(values.getProperty("window.x"));
            double y = Double.parseDouble(values.getProperty("window.y"));
            double w = Double.parseDouble(values.getProperty("window.width"));
            double h = Double.parseDouble(values.getProperty("window.height"));
            boolean max = Boolean.parseBoolean(values.getProperty("window.maximized"));
            if (w < 200 || h < 150 || Double.isNaN(x) || Double.isNaN(y)) {
                return Optional.empty();
            }
            return Optional.of(new WindowBounds(x, y, w, h, max));
        } catch (NullPointerException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void setWindow(WindowBounds bounds) {
        values.setProperty("window.x", Double.toString(bounds.x()));
        values.setProperty("window.y", Double.toString(bounds.y()));
        values.setProperty("window.width", Double.toString(bounds.width()));
        values.setProperty("window.height", Double.toString(bounds.height()));
        values.setProperty("window.maximized", Boolean.toString(bounds.maximized()));
    }

    /** Writes the file through a temporary one, so a crash mid-write leaves the old file intact. */
    public void save() {
        Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            try (Writer writer = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                values.store(writer, "Dagpuzzel window and language preferences");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp); // a full disk leaves half a file
            } catch (IOException ignored) {
                // the folder may not be written at all; the warning below says so
            }
            LOG.log(Level.WARNING, "Could not save " + file, e);
        }
    }
}
