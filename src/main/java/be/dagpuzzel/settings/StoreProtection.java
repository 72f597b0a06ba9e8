package be.dagpuzzel.settings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the Security page asks of the app about the store's password: the store is the app's, and
 * changing its encryption means closing it, converting the file and opening it again.
 */
public interface StoreProtection {

    /** Whether the store is encrypted with a password now. */
    boolean encrypted();

    /** Whether {@code typed} is the password in use (in memory: no database call). */
    boolean isCurrentPassword(String typed);

    /**
     * Turns encryption on or changes the password ({@code newPassword}), or turns it off (empty).
     * The app closes the store, converts it, opens it again and tells the user how it went.
     */
    void change(Optional<String> newPassword);

    /** The copies in the data folder that are not encrypted (runs in the background). */
    List<Path> unencryptedCopies() throws IOException;

    /** Removes those copies; returns how many went (runs in the background). */
    int removeUnencryptedCopies() throws IOException;
}
