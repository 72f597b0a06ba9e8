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
        WRONG_PASSWORD
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

    /** The key of the sentence for users, with {@link #place()} as argument. */
    public String messageKey() {
        return "store.problem." + reason.name();
    }
}
