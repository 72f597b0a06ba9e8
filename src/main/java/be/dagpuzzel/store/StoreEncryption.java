package be.dagpuzzel.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.h2.tools.ChangeFileEncryption;

/**
 * The store's optional encryption with a password (H2's AES file encryption): whether a file is
 * encrypted (read from its first bytes, so a restored or copied file tells for itself and no
 * marker can go stale), and turning it on, changing the password and turning it off. A change
 * never touches the store file until the new one is proven: a backup first, the conversion on a
 * copy in a work folder, the copy opened with the new password and its rows counted against the
 * old file's, and only then one atomic move over the store file. Whatever goes wrong before that
 * move leaves the store as it was.
 */
public final class StoreEncryption {

    /** H2 starts an encrypted file with this text (then the salt); a plain store starts with "H:2". */
    private static final byte[] HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);
    /** H2's "Encryption error in file": the file password does not decrypt the file. */
    private static final int WRONG_FILE_PASSWORD = 90049;
    static final String WORK_FOLDER = "converting";
    private static final Logger LOG = Logger.getLogger(StoreEncryption.class.getName());

    private StoreEncryption() {
    }

    /** Whether the store file in {@code dataDir} is encrypted; false when there is none yet. */
    public static boolean isEncrypted(Path dataDir) {
        return isEncryptedFile(dataDir.resolve(StoreOpener.DATABASE_FILE));
    }

    /** Whether {@code file} (an H2 ".mv.db" file) starts as an encrypted one. */
    static boolean isEncryptedFile(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return startsEncrypted(in);
        } catch (IOException e) {
            return false; // unreadable: opening it says what is wrong
        }
    }

    static boolean startsEncrypted(InputStream in) throws IOException {
        return Arrays.equals(in.readNBytes(HEADER.length), HEADER);
    }

    /**
     * Converts the open {@code store} to {@code next} (empty: not encrypted): a backup into the
     * data folder's backups first (in the store's current form), then the file is converted as the
     * class comment says. The store is closed afterwards, whether it worked or not; open it again
     * with the password it now has ({@code next} on success, the old one on failure).
     */
    public static void convert(Store store, Backups backups, Optional<StorePassword> next)
            throws IOException, StoreException {
        Optional<StorePassword> current = store.password();
        Path file = store.dataDir().resolve(StoreOpener.DATABASE_FILE);
        try {
            backups.backupTo(store, backups.folder());
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
        InstanceLock lock = store.closeKeepingLock();
        try {
            rekey(file, current, next);
        } finally {
            lock.close();
        }
        LOG.info(() -> next.isPresent() ? (current.isPresent() ? "Store password changed" : "Store encrypted")
                : "Store encryption turned off");
    }

    /**
     * Brings the closed H2 file {@code file} from password {@code from} to {@code to} (either may be
     * empty: not encrypted) as the class comment says. Throws {@link StoreException} with
     * {@code WRONG_PASSWORD} or {@code PASSWORD_NEEDED} when {@code from} does not open it.
     */
    static void rekey(Path file, Optional<StorePassword> from, Optional<StorePassword> to)
            throws IOException, StoreException {
        Map<String, Long> before = tableCounts(file, from);
        if (from.isEmpty() && to.isEmpty() || from.isPresent() && to.isPresent() && from.get().sameAs(to.get())) {
            return;
        }
        Path work = file.resolveSibling(WORK_FOLDER);
        deleteFolder(work);
        Files.createDirectories(work);
        try {
            Path copy = work.resolve(StoreOpener.DATABASE_FILE);
            Files.copy(file, copy);
            try {
                ChangeFileEncryption.execute(work.toString(), StoreOpener.DATABASE_NAME, "AES",
                        from.map(StorePassword::filePassword).orElse(null),
                        to.map(StorePassword::filePassword).orElse(null), true);
            } catch (SQLException e) {
                throw new IOException("The store could not be converted: " + e.getMessage(), e);
            }
            Map<String, Long> after = tableCounts(copy, to);
            if (!after.equals(before) || isEncryptedFile(copy) != to.isPresent()) {
                throw new IOException("The converted copy of the store does not hold the same rows; the store was left as it was");
            }
            Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteFolder(work);
        }
    }

    /** Removes a work folder a conversion left when the process was ended half-way (the store itself was never touched). */
    static void removeLeftovers(Path dataDir) {
        try {
            deleteFolder(dataDir.resolve(WORK_FOLDER));
        } catch (IOException e) {
            LOG.warning(() -> "Could not remove an old conversion folder: " + e.getMessage());
        }
    }

    /** The JDBC URL of the H2 file {@code file} ("….mv.db"), with the cipher when it is encrypted. */
    static String url(Path file, boolean encrypted, String options) {
        return url("file:", file, encrypted, options);
    }

    /** The same on H2's file system named {@code fileSystem} ("file:" for the disk). */
    static String url(String fileSystem, Path file, boolean encrypted, String options) {
        String name = file.toString();
        name = name.substring(0, name.length() - ".mv.db".length());
        return "jdbc:h2:" + fileSystem + name + (encrypted ? ";CIPHER=AES" : "") + options;
    }

    /** The password that goes with {@code encrypted}; {@code PASSWORD_NEEDED} when there is none. */
    static String jdbcPassword(Path file, boolean encrypted, Optional<StorePassword> password) throws StoreException {
        if (!encrypted) {
            return "";
        }
        return password.orElseThrow(() -> new StoreException(StoreException.Reason.PASSWORD_NEEDED, file.toString(),
                file + " is encrypted and no password was given", null)).jdbcPassword();
    }

    /** Opens the closed H2 file {@code file} read-only with {@code password}. */
    static Connection openReadOnly(Path file, Optional<StorePassword> password) throws StoreException {
        boolean encrypted = isEncryptedFile(file);
        String jdbcPassword = jdbcPassword(file, encrypted, password);
        try {
            return DriverManager.getConnection(url(file, encrypted, ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE"), "sa", jdbcPassword);
        } catch (SQLException e) {
            throw openFailure(file, e);
        }
    }

    /** The reason an open failed: the password, or a file that is not a usable store. */
    static StoreException openFailure(Path file, SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == WRONG_FILE_PASSWORD) {
                return new StoreException(StoreException.Reason.WRONG_PASSWORD, file.toString(),
                        "The password does not open " + file, e);
            }
        }
        return new StoreException(StoreException.Reason.DAMAGED, file.toString(),
                "The data file " + file + " is damaged or is not a Dagpuzzel store.", e);
    }

    /** The number of rows in each table, to check a converted copy against the original. */
    private static Map<String, Long> tableCounts(Path file, Optional<StorePassword> password) throws StoreException {
        try (Connection c = openReadOnly(file, password); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT TABLE_SCHEMA, TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_TYPE = 'BASE TABLE' AND TABLE_SCHEMA <> 'INFORMATION_SCHEMA'")) {
                while (rs.next()) {
                    tables.add('"' + rs.getString(1) + "\".\"" + rs.getString(2) + '"');
                }
            }
            Map<String, Long> counts = new TreeMap<>();
            for (String table : tables) {
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw openFailure(file, e);
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
