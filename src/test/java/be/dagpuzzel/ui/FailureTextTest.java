package be.dagpuzzel.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The end of "No backup was made: …" and "Could not save: …" for the failures a user can act on. */
class FailureTextTest {

    private final Messages english = new Messages(Language.ENGLISH.locale(Locale.ROOT));
    private final Messages dutch = new Messages(Language.DUTCH.locale(Locale.ROOT));

    @Test
    void aFullTargetDiskIsNamedWithWhatToDo() {
        Path file = Path.of("/media/usb/dagpuzzel-export.json");
        Exception full = new FileSystemException(file + ".part", null, "No space left on device");
        assertEquals("Nothing was exported: the disk holding /media/usb is full. Free some space on it, then try again;"
                + " no half-written file was left behind.", english.format("export.failed",
                        FailureText.reasonForFile(english, full, file)));
        assertEquals("de schijf met /media/usb is vol. Maak er wat ruimte vrij en probeer het opnieuw; er bleef geen"
                + " half geschreven bestand achter.", FailureText.reasonForFile(dutch, full, file));
    }

    @Test
    void aFolderThatMayNotBeWrittenIsNamed() {
        Path folder = Path.of("/media/usb");
        Exception denied = new IllegalStateException("backup", new AccessDeniedException("/media/usb/x.zip.part"));
        assertEquals("No backup was made: Dagpuzzel may not write in /media/usb. Choose another folder, or check that the"
                + " USB stick is not locked.", english.format("backup.failed", FailureText.reasonForFolder(english, denied, folder)));
    }

    @Test
    void aStoreEditOnAFullDiskSaysSoAndAnythingElseKeepsItsOwnMessage() {
        Exception full = new IllegalStateException("commit", new java.io.IOException("No space left on device"));
        assertEquals("Could not save: the disk is full. Free some space on it, then try again.",
                english.format("transport.saveFailed", FailureText.reason(english, full)));
        assertEquals("the route has no stops", FailureText.reason(english, new IllegalStateException("the route has no stops")));
    }
}
