package be.dagpuzzel.testing;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Makes a folder or file that may not be written, for as long as it is open: by its permissions
 * (r-x, r--), as a user's own folder is. Root is not stopped by permissions (CI runs as root), so
 * for root the file system's immutable flag ({@code chattr +i}, which stops root too) is used
 * instead where the file system has it; where neither works, the test is skipped with an
 * assumption saying why. Every test checks that writing really fails before it relies on it.
 */
public final class Unwritable implements AutoCloseable {

    private final Path path;
    private final Set<PosixFilePermission> before;
    private boolean immutable;

    private Unwritable(Path path) throws IOException {
        this.path = path;
        this.before = Files.getPosixFilePermissions(path);
    }

    /** {@code path} (a folder or a file) may not be written until {@link #close()}. */
    public static Unwritable make(Path path) throws IOException {
        Unwritable made = new Unwritable(path);
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "r-xr-xr-x" : "r--r--r--"));
        if (canStillWrite(path)) {
            made.immutable = chattr("+i", path) && !canStillWrite(path);
            if (!made.immutable) {
                made.close();
                Assumptions.abort("Running as root (or with CAP_DAC_OVERRIDE) on a file system without chattr +i: "
                        + "file permissions do not stop this user from writing, so a read-only " + path
                        + " cannot be made here. Run the tests as an ordinary user to check this case.");
            }
        }
        return made;
    }

    /** Whether this user can still create a file in the folder, or open the file for writing. */
    public static boolean canStillWrite(Path path) {
        try {
            if (Files.isDirectory(path)) {
                Files.delete(Files.createTempFile(path, ".probe", ".tmp"));
            } else {
                try (FileChannel ignored = FileChannel.open(path, StandardOpenOption.WRITE)) {
                    // opened for writing: not protected
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean chattr(String flag, Path path) {
        try {
            Process process = new ProcessBuilder("chattr", flag, path.toString()).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Writable again, so the temporary folder can be removed. */
    @Override
    public void close() throws IOException {
        if (immutable) {
            chattr("-i", path);
            immutable = false;
        }
        Files.setPosixFilePermissions(path, before);
    }
}
