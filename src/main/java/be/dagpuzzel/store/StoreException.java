package be.dagpuzzel.store;

/** The store could not be opened or prepared; the message says why in plain words. */
public class StoreException extends Exception {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
