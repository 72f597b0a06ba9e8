package be.dagpuzzel.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where a centre's data lives when no folder is given: the operating system's folder for
 * application data of the current user, so that upgrading or removing the program never
 * touches it.
 */
public final class DataDirectory {

    private DataDirectory() {
    }

    /** The default folder on this machine. */
    public static Path defaultLocation() {
        return defaultLocation(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    /**
     * The default folder for the given environment: Linux {@code $XDG_DATA_HOME/dagpuzzel} or
     * {@code ~/.local/share/dagpuzzel}, Windows {@code %APPDATA%\Dagpuzzel}, macOS
     * {@code ~/Library/Application Support/Dagpuzzel}.
     */
    public static Path defaultLocation(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = isSet(appData) ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("Dagpuzzel");
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return Path.of(userHome, "Library", "Application Support", "Dagpuzzel");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = isSet(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("dagpuzzel");
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
