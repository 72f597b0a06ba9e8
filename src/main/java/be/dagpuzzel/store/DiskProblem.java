package be.dagpuzzel.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Why a write to disk failed, when the reason is one the user can do something about: the disk
 * is full, or the folder or file may not be written. Read from the chain of causes, as H2, jOOQ
 * and java.nio wrap them, so every place that shows a failure can say it plainly instead of
 * showing a technical message.
 *
 * <p>What H2 2.5 throws, seen on this machine (a 8 MB tmpfs filled up, a folder or store file
 * made read-only for a user without root): a full disk during a commit is {@code SQLException 50000
 * (General error) ← MVStoreException code 2 (writing failed) ← IOException "No space left on device"};
 * H2 then closes the database, and every later call is {@code SQLException 90098 (database
 * closed)} with the same causes. A store file that may not be written is opened read-only by H2
 * without a word, and every edit is {@code SQLException 90097 (database is read only)}. A
 * {@code BACKUP TO} an unwritable folder is {@code 90031 (IO exception) ← AccessDeniedException}.
 */
public enum DiskProblem {

    /** No space left on the disk (or the user's quota is used up). */
    FULL,
    /** The folder or file may not be written: permissions, a read-only mount, a locked USB stick. */
    READ_ONLY;

    /** H2's "The database is read only" (ErrorCode.DATABASE_IS_READ_ONLY). */
    static final int H2_DATABASE_IS_READ_ONLY = 90097;
    /** MVStore's DataUtils.ERROR_WRITING_FAILED. */
    static final int MVSTORE_WRITING_FAILED = 2;
    /** Below this, a failed write on that disk is taken to be for want of space. */
    static final long NEARLY_FULL_BYTES = 1024 * 1024;

    /**
     * The operating systems' words for a full disk, in English and Dutch (Linux and Windows give
     * them in the user's language): Linux and macOS ENOSPC and EDQUOT, Windows ERROR_DISK_FULL.
     */
    private static final List<String> FULL_WORDS = List.of("no space left on device", "not enough space on the disk",
            "disk quota exceeded", "enospc", "geen ruimte meer over op apparaat", "onvoldoende ruimte op de schijf",
            "schijfquotum overschreden");
    /** Their words for a folder or file that may not be written: EROFS, EACCES, EPERM, ERROR_WRITE_PROTECT. */
    private static final List<String> READ_ONLY_WORDS = List.of("read-only file system", "permission denied",
            "operation not permitted", "access is denied", "write protected", "bestandssysteem is alleen-lezen",
            "toegang geweigerd", "bewerking is niet toegestaan", "tegen schrijven beveiligd",
            "this store is read-only", "database is read only");

    /** The problem behind {@code error}, if it is a full disk or a place that may not be written. */
    public static Optional<DiskProblem> of(Throwable error) {
        DiskProblem found = null;
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = error; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            DiskProblem here = ofOne(t);
            if (here != null) {
                found = here; // the innermost cause is the one the operating system gave
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * As {@link #of(Throwable)}; a write that failed for another reason on a disk with (almost)
     * no space left at {@code place} counts as a full disk too, since some systems word it in
     * the user's language.
     */
    public static Optional<DiskProblem> of(Throwable error, Path place) {
        Optional<DiskProblem> known = of(error);
        if (known.isPresent() || place == null || !isWriteFailure(error)) {
            return known;
        }
        return nearlyFull(place) ? Optional.of(FULL) : Optional.empty();
    }

    private static DiskProblem ofOne(Throwable t) {
        if (t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_IS_READ_ONLY) {
            return READ_ONLY;
        }
        if (t instanceof AccessDeniedException) {
            return READ_ONLY;
        }
        if (t instanceof FileSystemException fs) {
            return byWords(fs.getReason());
        }
        if (t instanceof IOException || isMvStoreWriteFailure(t)) {
            return byWords(t.getMessage());
        }
        return null;
    }

    private static DiskProblem byWords(String text) {
        if (text == null) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (FULL_WORDS.stream().anyMatch(lower::contains)) {
            return FULL;
        }
        if (READ_ONLY_WORDS.stream().anyMatch(lower::contains)) {
            return READ_ONLY;
        }
        return null;
    }

    private static boolean isMvStoreWriteFailure(Throwable t) {
        return t instanceof org.h2.mvstore.MVStoreException mv && mv.getErrorCode() == MVSTORE_WRITING_FAILED;
    }

    private static boolean isWriteFailure(Throwable error) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = error; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof IOException || isMvStoreWriteFailure(t)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the disk holding {@code place} (or its nearest existing folder) has almost no room left. */
    static boolean nearlyFull(Path place) {
        for (Path p = place.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                try {
                    return Files.getFileStore(p).getUsableSpace() < NEARLY_FULL_BYTES;
                } catch (IOException | RuntimeException e) {
                    return false;
                }
            }
        }
        return false;
    }
}
