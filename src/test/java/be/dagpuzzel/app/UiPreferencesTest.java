package be.dagpuzzel.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.ui.Language;

class UiPreferencesTest {

    @TempDir
    Path dataDir;

    @Test
    void windowSectionAndLanguageAreRememberedAcrossStarts() {
        UiPreferences prefs = UiPreferences.load(dataDir);
        prefs.setWindow(new UiPreferences.WindowBounds(40, 60, 1100, 700, false));
        prefs.setSection(Section.SETTINGS);
        prefs.setLanguage(Language.DUTCH);
        prefs.save();

        UiPreferences again = UiPreferences.load(dataDir);
        assertEquals(Optional.of(new UiPreferences.WindowBounds(40, 60, 1100, 700, false)), again.window());
        assertEquals(Section.SETTINGS, again.section());
        assertEquals(Language.DUTCH, again.language());
    }

    @Test
    void aMissingOrDamagedFileMeansDefaults() throws Exception {
        assertTrue(UiPreferences.load(dataDir).window().isEmpty());
        Files.writeString(dataDir.resolve(UiPreferences.FILE_NAME), "window.x=abc\nsection=NOPE\nlanguage=klingon\n\\u00");
        UiPreferences prefs = UiPreferences.load(dataDir);
        assertTrue(prefs.window().isEmpty());
        assertEquals(Section.TODAY, prefs.section());
        assertEquals(Language.SYSTEM, prefs.language());
    }
}
