package be.dagpuzzel.ui;

import java.nio.file.Path;
import java.util.Optional;

import be.dagpuzzel.store.DiskProblem;

/**
 * The reason a save, backup, export or print failed, as the end of a sentence such as "No backup
 * was made: {0}": a full disk or a place that may not be written said plainly with what to do,
 * anything else by its own message.
 */
public final class FailureText {

    private FailureText() {
    }

    /** Why a change to the store failed. */
    public static String reason(Messages messages, Throwable error) {
        return DiskProblem.of(error).map(problem -> messages.get(problem == DiskProblem.FULL
                ? "disk.reason.full" : "disk.reason.readOnly")).orElseGet(() -> plain(error));
    }

    /** Why writing {@code file} failed; a disk problem names the file's folder. */
    public static String reasonForFile(Messages messages, Throwable error, Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return reasonForFolder(messages, error, parent == null ? file : parent);
    }

    /** Why writing into {@code folder} (a backup's, say) failed; a disk problem names the folder. */
    public static String reasonForFolder(Messages messages, Throwable error, Path folder) {
        Optional<DiskProblem> problem = DiskProblem.of(error, folder);
        if (problem.isEmpty()) {
            return plain(error);
        }
        return messages.format(problem.get() == DiskProblem.FULL ? "disk.reason.full.at" : "disk.reason.readOnly.at",
                folder);
    }

    private static String plain(Throwable error) {
        return String.valueOf(error.getMessage());
    }
}
