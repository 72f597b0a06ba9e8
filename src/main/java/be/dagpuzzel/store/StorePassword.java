package be.dagpuzzel.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The password that encrypts the store file (H2's {@code CIPHER=AES}). H2 takes "file password,
 * space, user password" and refuses a file password with a space, so the file password H2 sees
 * is the typed password's UTF-8 bytes in hex: any text the user types works, spaces and accents
 * included. To open a copy by hand with H2's tools, give that hex text as the file password.
 * Never printed: {@link #toString()} hides it.
 */
public final class StorePassword {

    private final String text;

    private StorePassword(String text) {
        this.text = text;
    }

    /** The password as typed; an empty one is refused. */
    public static StorePassword of(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("A store password cannot be empty");
        }
        return new StorePassword(text);
    }

    /** Whether {@code typed} is this password (compared in constant time). */
    public boolean matches(String typed) {
        return typed != null && MessageDigest.isEqual(text.getBytes(StandardCharsets.UTF_8),
                typed.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether both are the same password. */
    public boolean sameAs(StorePassword other) {
        return other != null && matches(other.text);
    }

    /** The file password H2 sees (see the class comment). */
    char[] filePassword() {
        return HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8)).toCharArray();
    }

    /** What goes in the JDBC password: the file password, a space, and the user's (empty) password. */
    String jdbcPassword() {
        return new String(filePassword()) + " ";
    }

    @Override
    public String toString() {
        return "StorePassword[hidden]";
    }
}
