package be.dagpuzzel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is written whole or not at all. */
class AtomicFileTest {

    @TempDir
    Path folder;

    @Test
    void aCompleteFileArrivesUnderItsNameInAFolderMadeForIt() throws Exception {
        Path file = folder.resolve("usb").resolve("export.json");
        Path written = AtomicFile.write(file, out -> out.write("{}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(file, written);
        assertEquals("{}", Files.readString(file));
        assertEquals(List.of("export.json"), names(file.getParent()));
    }

    @Test
    void aDiskThatRunsFullHalfWayLeavesNoPartAndTheEarlierFileAsItWas() throws Exception {
        Path file = Files.writeString(folder.resolve("export.json"), "yesterday's export");
        // as java.nio says it when the disk runs full while writing (UnixException for ENOSPC)
        FileSystemException full = new FileSystemException(AtomicFile.partOf(file).toString(), null,
                "No space left on device");
        IOException thrown = assertThrows(IOException.class, () -> AtomicFile.write(file, out -> {
            out.write(new byte[100_000]);
            throw full;
        }));
        assertSame(full, thrown);
        assertEquals("yesterday's export", Files.readString(file));
        assertEquals(List.of("export.json"), names(folder), "no .part left behind");
    }

    @Test
    void aFailureOfAnyKindRemovesThePart() {
        Path file = folder.resolve("sheet.pdf");
        assertThrows(IllegalStateException.class, () -> AtomicFile.write(file, out -> {
            out.write(1);
            throw new IllegalStateException("the PDF library gave up");
        }));
        assertFalse(Files.exists(file));
        assertFalse(Files.exists(AtomicFile.partOf(file)));
    }

    @Test
    void aFolderIsNotAFileName() {
        IOException refused = assertThrows(IOException.class, () -> AtomicFile.write(folder, out -> { }));
        assertTrue(refused.getMessage().endsWith("is a folder; give a file name"), refused.getMessage());
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
