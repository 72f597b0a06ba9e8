package be.dagpuzzel.core;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file whole or not at all: into a ".part" file in the same folder, renamed to the real
 * name once complete. When the disk fills up or the folder may not be written, the part is
 * removed and the exception goes on, so no half-written export, sheet or report is ever left
 * under the real name, and a file that was already there stays as it was.
 */
public final class AtomicFile {

    /** What goes into the file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * Writes {@code content} to {@code file} (a folder that does not exist yet is made) and returns
     * the file written, as an absolute path.
     */
    public static Path write(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new IOException(target + " is a folder; give a file name");
        }
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        Path partial = partOf(target);
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
                content.writeTo(out);
            } // closing flushes: a full disk often shows only here
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException left) {
                e.addSuppressed(left);
            }
            throw e;
        }
        return target;
    }

    /** The name written to until the file is complete. */
    public static Path partOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".part");
    }
}
