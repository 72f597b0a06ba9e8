package be.dagpuzzel.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Backups of the store: H2's online backup (a zip holding the database file, consistent while
 * the app runs) into the data folder's {@code backups/} once a day, kept as the last 7 days and
 * the last 4 weeks, and on request to a folder of the user's choice (a USB stick).
 */
public final class Backups {

    public static final String FOLDER = "backups";
    private static final String PREFIX = "dagpuzzel-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final int KEEP_DAYS = 7;
    private static final int KEEP_WEEKS = 4;
    private static final Logger LOG = Logger.getLogger(Backups.class.getName());

    /** One backup file and the moment it was taken. */
    public record Backup(Path file, LocalDateTime takenAt, long bytes) {
    }

    private final Path dataDir;
    private final Clock clock;

    public Backups(Path dataDir, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
    }

    /**
     * Writes a backup of {@code store} into {@code folder}; returns the new file. It is written
     * as a ".part" file and renamed when complete; a failure (a full disk, a folder that may not
     * be written) removes the part and throws, see {@link DiskProblem} for why.
     */
    public Path backupTo(Store store, Path folder) throws IOException {
        Files.createDirectories(folder);
        String stamp = LocalDateTime.now(clock).format(STAMP);
        Path file = folder.resolve(PREFIX + stamp + ".zip").toAbsolutePath();
        for (int n = 2; Files.exists(file); n++) { // two backups in one second must not overwrite each other
            file = folder.resolve(PREFIX + stamp + "-" + n + ".zip").toAbsolutePath();
        }
        Path target = file;
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try {
            // H2-only statement, fenced here in the store package: a consistent copy while the app runs
            store.dsl().execute("BACKUP TO '" + partial.toString().replace("'", "''") + "'");
            Files.move(partial, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException | Error e) {
            // a full disk or a pulled USB stick leaves half a zip: never let it look like a backup
            try {
                Files.deleteIfExists(partial);
            } catch (IOException left) {
                e.addSuppressed(left);
            }
            throw e;
        }
        LOG.info(() -> "Backup written to " + target);
        return target;
    }

    /** Takes today's backup in the data folder if there is none yet, then thins out old ones. */
    public Optional<Path> dailyIfDue(Store store) throws IOException {
        LocalDate today = LocalDate.now(clock);
        boolean done = list().stream().anyMatch(b -> b.takenAt().toLocalDate().equals(today));
        Optional<Path> taken = done ? Optional.empty() : Optional.of(backupTo(store, folder()));
        rotate();
        return taken;
    }

    /**
     * Puts {@code backup} in place of the store file as it is (encrypted or not). The store must be
     * closed (it is, when it could not be opened). The current file is kept next to it as
     * {@code dagpuzzel-replaced-<time>.mv.db}, never deleted; returns that file, or empty when there was none.
     */
    public Optional<Path> restore(Backup backup) throws IOException {
        try {
            return restore(backup, Optional.empty(), Optional.empty(), false);
        } catch (StoreException e) {
            throw new IOException(e.getMessage(), e); // not reached: nothing is opened
        }
    }

    /**
     * Puts {@code backup} in place of the closed store, brought to the store's current password
     * {@code current} (empty: not encrypted) on the way: a backup made before the password was set
     * or changed is opened with {@code backupPassword} (or {@code current} when that is empty) and
     * converted, so the store keeps the password the user knows now. Throws {@link StoreException}
     * with {@code WRONG_PASSWORD} or {@code PASSWORD_NEEDED}, leaving the store as it was, when the
     * backup does not open with that password.
     */
    public Optional<Path> restore(Backup backup, Optional<StorePassword> backupPassword, Optional<StorePassword> current)
            throws IOException, StoreException {
        return restore(backup, backupPassword.or(() -> current), current, true);
    }

    private Optional<Path> restore(Backup backup, Optional<StorePassword> from, Optional<StorePassword> to,
                                   boolean convert) throws IOException, StoreException {
        Path db = dataDir.resolve(StoreOpener.DATABASE_FILE);
        Path folder = dataDir.resolve("restoring");
        Path incoming = folder.resolve(StoreOpener.DATABASE_FILE);
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(incoming);
            unzipStore(backup, incoming);
            if (convert) {
                StoreEncryption.rekey(incoming, StoreEncryption.isEncryptedFile(incoming) ? from : Optional.empty(), to);
            }
            Optional<Path> kept = Optional.empty();
            if (Files.exists(db)) {
                Path aside = dataDir.resolve("dagpuzzel-replaced-" + LocalDateTime.now(clock).format(STAMP) + ".mv.db");
                Files.move(db, aside);
                kept = Optional.of(aside);
            }
            Files.move(incoming, db, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            LOG.info(() -> "Store restored from " + backup.file());
            return kept;
        } finally {
            Files.deleteIfExists(incoming);
            Files.deleteIfExists(folder);
        }
    }

    /** Whether the store inside {@code backup} is encrypted. */
    public boolean isEncrypted(Backup backup) throws IOException {
        try (java.util.zip.ZipInputStream zip = storeEntry(backup)) {
            return StoreEncryption.startsEncrypted(zip);
        }
    }

    /** What a backup holds, to choose the right one: who is in it and the last day planned. */
    public record Contents(int staff, int participants, int plannedDays, Optional<LocalDate> lastPlannedDay,
                           Optional<LocalDateTime> lastEdited) {
    }

    /** What a backup that is not encrypted holds (see {@link #contents(Backup, Optional)}). */
    public Contents contents(Backup backup) throws IOException, StoreException {
        return contents(backup, Optional.empty());
    }

    /**
     * Reads what {@code backup} holds without touching the store: its database is unpacked to a
     * temporary folder and opened read-only, with {@code password} when it is encrypted (a
     * {@link StoreException} says when that password is missing or wrong). Tables a backup from an
     * older version lacks count 0.
     */
    public Contents contents(Backup backup, Optional<StorePassword> password) throws IOException, StoreException {
        Path folder = Files.createTempDirectory("dagpuzzel-backup-peek");
        Path copy = folder.resolve(StoreOpener.DATABASE_FILE);
        try {
            unzipStore(backup, copy);
            try (java.sql.Connection c = StoreEncryption.openReadOnly(copy, password)) {
                return new Contents(count(c, "SELECT COUNT(*) FROM staff_member WHERE NOT archived"),
                        count(c, "SELECT COUNT(*) FROM participant WHERE NOT archived"),
                        count(c, "SELECT COUNT(*) FROM roster_day"),
                        Optional.ofNullable(value(c, "SELECT MAX(roster_date) FROM roster_day", LocalDate.class)),
                        Optional.ofNullable(value(c, "SELECT MAX(updated_at) FROM staff_member", LocalDateTime.class)));
            } catch (java.sql.SQLException e) {
                throw new IOException(backup.file().getFileName() + " cannot be read: " + e.getMessage(), e);
            }
        } finally {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(folder);
        }
    }

    /** The zip positioned at its store file; an {@link IOException} when it holds none. */
    private static java.util.zip.ZipInputStream storeEntry(Backup backup) throws IOException {
        java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(Files.newInputStream(backup.file()));
        try {
            java.util.zip.ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals(StoreOpener.DATABASE_FILE)) {
                    return zip;
                }
            }
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
        zip.close();
        throw new IOException(backup.file().getFileName() + " holds no Dagpuzzel store");
    }

    private static void unzipStore(Backup backup, Path target) throws IOException {
        try (java.util.zip.ZipInputStream zip = storeEntry(backup)) {
            Files.copy(zip, target);
        }
    }

    private static int count(java.sql.Connection c, String sql) {
        Integer n = value(c, sql, Integer.class);
        return n == null ? 0 : n;
    }

    /** One value, or null when the backup predates the table. */
    private static <T> T value(java.sql.Connection c, String sql, Class<T> type) {
        try (java.sql.Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getObject(1, type) : null;
        } catch (java.sql.SQLException e) {
            return null;
        }
    }

    /**
     * The copies in the data folder that are not encrypted: backups in {@code backups/}, and the
     * copies kept beside the store before an update or a restore. Once the store is encrypted
     * these still hold the data readable, so the Security page offers to remove them. Backups
     * written elsewhere (a USB stick) are out of reach and not listed.
     */
    public List<Path> unencryptedCopies() throws IOException {
        List<Path> plain = new ArrayList<>();
        for (Backup b : list()) {
            try {
                if (!isEncrypted(b)) {
                    plain.add(b.file());
                }
            } catch (IOException e) {
                LOG.fine(() -> "Not a readable backup: " + b.file());
            }
        }
        if (Files.isDirectory(dataDir)) {
            try (Stream<Path> files = Files.list(dataDir)) {
                for (Path p : files.sorted().toList()) {
                    String name = p.getFileName().toString();
                    if (name.startsWith(PREFIX) && name.endsWith(".mv.db") && !StoreEncryption.isEncryptedFile(p)) {
                        plain.add(p);
                    }
                }
            }
        }
        return plain;
    }

    /** Deletes the files {@link #unencryptedCopies()} lists now; returns how many went. */
    public int removeUnencryptedCopies() throws IOException {
        int removed = 0;
        for (Path p : unencryptedCopies()) {
            if (Files.deleteIfExists(p)) {
                removed++;
            }
        }
        int count = removed;
        LOG.info(() -> count + " unencrypted copies removed");
        return removed;
    }

    public Path folder() {
        return dataDir.resolve(FOLDER);
    }

    /** The backups in the data folder, newest first. */
    public List<Backup> list() throws IOException {
        if (!Files.isDirectory(folder())) {
            return List.of();
        }
        List<Backup> result = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder())) {
            for (Path p : files.toList()) {
                takenAt(p).ifPresent(at -> result.add(new Backup(p, at, size(p))));
            }
        }
        result.sort(Comparator.comparing(Backup::takenAt).reversed());
        return result;
    }

    /** Keeps the newest backup of each of the last 7 days that have one, and of each of the 4 weeks before. */
    public void rotate() throws IOException {
        Set<LocalDate> days = new HashSet<>();
        Set<String> weeks = new HashSet<>();
        int weekly = 0;
        for (Backup b : list()) {
            LocalDate day = b.takenAt().toLocalDate();
            String week = day.get(IsoFields.WEEK_BASED_YEAR) + "-" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (days.size() < KEEP_DAYS && days.add(day)) {
                weeks.add(week);
                continue;
            }
            if (!days.contains(day) && weekly < KEEP_WEEKS && weeks.add(week)) {
                weekly++;
                days.add(day);
                continue;
            }
            Files.deleteIfExists(b.file());
            LOG.info(() -> "Old backup removed: " + b.file().getFileName());
        }
    }

    private static Optional<LocalDateTime> takenAt(Path file) {
        String name = file.getFileName().toString();
        if (!name.startsWith(PREFIX) || !name.endsWith(".zip")) {
            return Optional.empty();
        }
        try {
            String rest = name.substring(PREFIX.length(), name.length() - 4); // 20261127-170000 or 20261127-170000-2
            if (rest.length() < 15 || !(rest.length() == 15 || rest.charAt(15) == '-')) {
                return Optional.empty();
            }
            return Optional.of(LocalDateTime.parse(rest.substring(0, 15), STAMP));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
