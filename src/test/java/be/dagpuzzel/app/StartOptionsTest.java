package be.dagpuzzel.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class StartOptionsTest {

    @Test
    void noArgumentsMeansTheDefaultStore() {
        assertEquals(StartOptions.DEFAULT, StartOptions.parse(List.of()));
    }

    @Test
    void dataDirAndDemoAreRead() {
        StartOptions options = StartOptions.parse(List.of("--data-dir", "/tmp/centre", "--demo"));
        assertEquals(Optional.of(Path.of("/tmp/centre")), options.dataDir());
        assertTrue(options.demo());
        assertEquals(Optional.of(Path.of("/tmp/x")), StartOptions.parse(List.of("--data-dir=/tmp/x")).dataDir());
    }

    @Test
    void blankArgumentsFromJavafxArgsAreIgnored() {
        assertEquals(StartOptions.DEFAULT, StartOptions.parse(List.of("", " ")));
    }

    @Test
    void anUnknownOptionIsNamedInTheMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StartOptions.parse(List.of("--dmeo")));
        assertEquals("Unknown option: --dmeo", e.getMessage());
    }

    @Test
    void dataDirWithoutAFolderSaysSo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StartOptions.parse(List.of("--data-dir")));
        assertTrue(e.getMessage().startsWith("--data-dir needs a folder"));
    }

    @Test
    void helpAndMeasurementFlags() {
        StartOptions options = StartOptions.parse(List.of("--help", "--measure-startup"));
        assertTrue(options.help());
        assertTrue(options.measureStartup());
        assertTrue(StartOptions.parse(List.of("--measure-empty-window")).measureEmptyWindow());
        assertTrue(StartOptions.usage().contains("--data-dir DIR"));
    }
}
