package be.dagpuzzel.store;

/** The store could not be opened or prepared; the reason says why, for a message in the user's language. */
public class StoreException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the store could not be used. */
    public enum Reason {
        FOLDER, LOCK, DAMAGED, CANNOT_UPDATE, COPY_BEFORE_UPDATE, IN_USE,
        /** The store is encrypted and no password was given (ask for it). */
        PASSWORD_NEEDED,
        /** The password given does not open the encrypted store or backup. */
        WRONG_PASSWORD,
        /** The data folder (the place) may not be written. */
        READ_ONLY,
        /** The store file (the place) may not be written, though its folder may. */
        READ_ONLY_FILE,
        /** The disk holding the data folder (the place) is full. */
        DISK_FULL
    }

    private final Reason reason;
    private final String place;

    public StoreException(Reason reason, String place, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.place = place;
    }

    public Reason reason() {
        return reason;
    }

    /** The folder or file concerned. */
    public String place() {
        return place;
    }

    /**
     * Whether the data cannot be written (read-only or a full disk): the user must act on the
     * folder or the disk, and restoring a backup would not help.
     */
    public boolean cannotWrite() {
        return reason == Reason.READ_ONLY || reason == Reason.READ_ONLY_FILE || reason == Reason.DISK_FULL;
    }

    /**
     * A refusal for a disk problem behind {@code cause} at {@code folder}, or empty when the
     * cause is something else.
     */
    static java.util.Optional<StoreException> ofDiskProblem(Throwable cause, java.nio.file.Path folder, String doing) {
        return DiskProblem.of(cause, folder).map(problem -> problem == DiskProblem.FULL
                ? new StoreException(Reason.DISK_FULL, folder.toString(),
                        "The disk holding " + folder + " is full (" + doing + ")", cause)
                : new StoreException(Reason.READ_ONLY, folder.toString(),
                        "The data folder " + folder + " cannot be written (" + doing + ")", cause));
    }

    /** The key of the sentence for users, with {@link #place()} as argument. */
    public String messageKey() {
        return "store.problem." + reason.name();
    }
}
