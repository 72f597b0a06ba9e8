package be.dagpuzzel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        assertEquals(Path.of("/data/gerda/dagpuzzel"),
                DataDirectory.defaultLocation(Map.of("XDG_DATA_HOME", "/data/gerda"), "Linux", "/home/gerda"));
    }

    @Test
    void linuxFallsBackToLocalShare() {
        assertEquals(Path.of("/home/gerda/.local/share/dagpuzzel"),
                DataDirectory.defaultLocation(Map.of(), "Linux", "/home/gerda"));
        assertEquals(Path.of("/home/gerda/.local/share/dagpuzzel"),
                DataDirectory.defaultLocation(Map.of("XDG_DATA_HOME", "relative/path"), "Linux", "/home/gerda"));
    }

    @Test
    void windowsUsesAppData() {
        assertEquals(Path.of("C:\\Users\\gerda\\AppData\\Roaming", "Dagpuzzel"),
                DataDirectory.defaultLocation(Map.of("APPDATA", "C:\\Users\\gerda\\AppData\\Roaming"), "Windows 11", "C:\\Users\\gerda"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertEquals(Path.of("/Users/gerda/Library/Application Support/Dagpuzzel"),
                DataDirectory.defaultLocation(Map.of(), "Mac OS X", "/Users/gerda"));
    }
}
