package be.dagpuzzel.app;

import java.util.List;

import javafx.application.Application;

/**
 * Starts Dagpuzzel. Reads the options first so that a wrong option or {@code --help} answers on
 * the console without opening a window.
 */
public final class Main {

    private Main() {
    }

    /**
     * {@code --backup-to DIR}: opens the store, writes a backup into DIR, and says where; 0 when it
     * worked, 1 with the reason otherwise (the store in use by an open Dagpuzzel, a folder that
     * cannot be written).
     */
    static int backupWithoutWindow(StartOptions options) {
        return backupWithoutWindow(options, System.getenv());
    }

    /** The same with the given environment (for {@value #PASSWORD_VARIABLE}). */
    static int backupWithoutWindow(StartOptions options, java.util.Map<String, String> env) {
        java.nio.file.Path dataDir = DagpuzzelApp.dataDirOf(options);
        LogSetup.configure(dataDir);
        java.util.Optional<be.dagpuzzel.store.StorePassword> password;
        try {
            password = commandLinePassword(options, env);
        } catch (IllegalArgumentException | java.io.IOException e) {
            System.err.println("No backup was made: " + e.getMessage());
            return 1;
        }
        try (be.dagpuzzel.store.Store store = new be.dagpuzzel.store.StoreOpener().open(dataDir, password)) {
            java.nio.file.Path file = new be.dagpuzzel.store.Backups(dataDir, java.time.Clock.systemDefaultZone())
                    .backupTo(store, options.backupTo().orElseThrow());
            System.out.println("Backup written: " + file);
            return 0;
        } catch (be.dagpuzzel.store.StoreInUseException e) {
            System.err.println("Dagpuzzel is open on " + dataDir + ": close it, or use File > Back up now in the app.");
            return 1;
        } catch (be.dagpuzzel.store.StoreException e) {
            System.err.println("No backup was made: " + passwordProblem(e, dataDir)
                    .orElseGet(() -> reason(e, options.backupTo().orElseThrow())));
            return 1;
        } catch (Exception e) {
            java.util.logging.Logger.getLogger(Main.class.getName()).log(java.util.logging.Level.WARNING, "Backup failed", e);
            System.err.println("No backup was made: " + reason(e, options.backupTo().orElseThrow()));
            return 1;
        }
    }

    /**
     * {@code --export FILE}: opens the store, writes everything in it to FILE as one JSON document,
     * and says where; 0 when it worked, 1 with a one-line reason otherwise (no store in the data
     * folder, the store in use by an open Dagpuzzel, a file that cannot be written).
     */
    static int exportWithoutWindow(StartOptions options) {
        return exportWithoutWindow(options, System.getenv());
    }

    /** The same with the given environment (for {@value #PASSWORD_VARIABLE}). */
    static int exportWithoutWindow(StartOptions options, java.util.Map<String, String> env) {
        java.nio.file.Path dataDir = DagpuzzelApp.dataDirOf(options);
        if (!java.nio.file.Files.exists(dataDir.resolve(be.dagpuzzel.store.StoreOpener.DATABASE_FILE))) {
            System.err.println("Nothing was exported: there is no Dagpuzzel data in " + dataDir);
            return 1;
        }
        LogSetup.configure(dataDir);
        java.util.Optional<be.dagpuzzel.store.StorePassword> password;
        try {
            password = commandLinePassword(options, env);
        } catch (IllegalArgumentException | java.io.IOException e) {
            System.err.println("Nothing was exported: " + e.getMessage());
            return 1;
        }
        try (be.dagpuzzel.store.Store store = new be.dagpuzzel.store.StoreOpener().open(dataDir, password)) {
            java.nio.file.Path file = new be.dagpuzzel.exchange.StoreExchange(store, java.time.Clock.systemDefaultZone())
                    .exportTo(options.exportTo().orElseThrow(), fraction -> { });
            System.out.println("Export written: " + file);
            return 0;
        } catch (be.dagpuzzel.store.StoreInUseException e) {
            System.err.println("Dagpuzzel is open on " + dataDir + ": close it, or use File > Export everything in the app.");
            return 1;
        } catch (be.dagpuzzel.store.StoreException e) {
            if (passwordProblem(e, dataDir).isPresent()) {
                System.err.println("Nothing was exported: " + passwordProblem(e, dataDir).get());
                return 1;
            }
            java.util.logging.Logger.getLogger(Main.class.getName()).log(java.util.logging.Level.WARNING, "Export failed", e);
            System.err.println("Nothing was exported: " + reason(e, options.exportTo().orElseThrow()));
            return 1;
        } catch (Exception e) {
            java.util.logging.Logger.getLogger(Main.class.getName()).log(java.util.logging.Level.WARNING, "Export failed", e);
            System.err.println("Nothing was exported: " + reason(e, options.exportTo().orElseThrow()));
            return 1;
        }
    }

    /** The environment variable that may hold an encrypted store's password for the options without a window. */
    static final String PASSWORD_VARIABLE = "DAGPUZZEL_PASSWORD";

    /**
     * The password for {@code --backup-to} and {@code --export}: the first line of
     * {@code --password-file FILE}, else {@value #PASSWORD_VARIABLE}; empty when neither is given
     * (fine for a store that is not encrypted).
     */
    static java.util.Optional<be.dagpuzzel.store.StorePassword> commandLinePassword(StartOptions options,
            java.util.Map<String, String> env) throws java.io.IOException {
        if (options.passwordFile().isPresent()) {
            java.nio.file.Path file = options.passwordFile().get();
            String line;
            try (var lines = java.nio.file.Files.lines(file, java.nio.charset.StandardCharsets.UTF_8)) {
                line = lines.findFirst().orElse("");
            } catch (java.nio.file.NoSuchFileException e) {
                throw new IllegalArgumentException("the password file " + file + " does not exist");
            }
            if (line.isEmpty()) {
                throw new IllegalArgumentException("the first line of the password file " + file + " is empty");
            }
            return java.util.Optional.of(be.dagpuzzel.store.StorePassword.of(line));
        }
        String fromEnvironment = env.get(PASSWORD_VARIABLE);
        return fromEnvironment == null || fromEnvironment.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(be.dagpuzzel.store.StorePassword.of(fromEnvironment));
    }

    /** A console line for a missing or wrong password, or empty for other problems. */
    private static java.util.Optional<String> passwordProblem(be.dagpuzzel.store.StoreException e, java.nio.file.Path dataDir) {
        return switch (e.reason()) {
            case PASSWORD_NEEDED -> java.util.Optional.of("the data in " + dataDir + " is encrypted: give its password in the"
                    + " environment variable " + PASSWORD_VARIABLE + " or with --password-file FILE");
            case WRONG_PASSWORD -> java.util.Optional.of("the password given does not open the data in " + dataDir);
            default -> java.util.Optional.empty();
        };
    }

    /**
     * One line for the console about writing to {@code target}: a data folder that cannot be
     * written, a full disk or a target that may not be written said plainly with what to do
     * (nothing is left behind in those cases), other problems as {@link #reason(Exception)}.
     */
    static String reason(Exception e, java.nio.file.Path target) {
        if (e instanceof be.dagpuzzel.store.StoreException refused && refused.cannotWrite()) {
            return switch (refused.reason()) {
                case DISK_FULL -> "the disk holding the data folder " + refused.place() + " is full; free some space on it"
                        + " and try again";
                case READ_ONLY_FILE -> "the data file " + refused.place() + " is read-only; Dagpuzzel needs to write it"
                        + " (ask whoever manages this computer for write permission)";
                default -> "Dagpuzzel may not write in the data folder " + refused.place() + " (read-only); make it"
                        + " writable or ask whoever manages this computer for write permission";
            };
        }
        java.nio.file.Path absolute = target.toAbsolutePath().normalize();
        java.nio.file.Path folder = java.nio.file.Files.isDirectory(absolute) || absolute.getParent() == null
                ? absolute : absolute.getParent();
        java.util.Optional<be.dagpuzzel.store.DiskProblem> disk = be.dagpuzzel.store.DiskProblem.of(e, folder);
        if (disk.isPresent()) {
            return disk.get() == be.dagpuzzel.store.DiskProblem.FULL
                    ? "the disk holding " + folder + " is full; free some space on it and try again"
                    : "no permission to write in " + folder + " (read-only); choose another folder";
        }
        return reason(e);
    }

    /** One line for the console: file system problems by their reason, others by their first line. */
    static String reason(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException denied) {
            return "no permission to write " + denied.getFile();
        }
        if (e instanceof java.nio.file.FileSystemException problem && problem.getReason() != null) {
            return problem.getFile() + ": " + problem.getReason();
        }
        if (e instanceof java.nio.file.FileSystemException problem) {
            return "cannot write " + problem.getFile();
        }
        return String.valueOf(e.getMessage()).lines().findFirst().orElse(e.getClass().getSimpleName());
    }

    public static void main(String[] args) {
        StartOptions options;
        try {
            options = StartOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(StartOptions.usage());
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(StartOptions.usage());
            return;
        }
        if (options.backupTo().isPresent() || options.exportTo().isPresent()) {
            LogSetup.fileOnly();
        }
        if (options.backupTo().isPresent()) {
            System.exit(backupWithoutWindow(options));
            return;
        }
        if (options.exportTo().isPresent()) {
            System.exit(exportWithoutWindow(options));
            return;
        }
        if (options.measureEmptyWindow()) {
            Application.launch(EmptyWindowMeasurement.class, args);
            return;
        }
        // The store opens while the toolkit starts and the window is built; the window takes it over.
        StoreStartup.beginInBackground(DagpuzzelApp.dataDirOf(options), options.demo(), java.time.Clock.systemDefaultZone());
        Application.launch(DagpuzzelApp.class, args);
    }
}
