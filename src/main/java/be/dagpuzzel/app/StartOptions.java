package be.dagpuzzel.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The command-line options, the same for {@code mvn javafx:run -Djavafx.args="..."} and for the
 * installed app.
 */
public record StartOptions(Optional<Path> dataDir, boolean demo, boolean help, boolean measureStartup,
                           boolean measureEmptyWindow, Optional<Path> backupTo, Optional<Path> exportTo,
                           Optional<Path> passwordFile) {

    public static final StartOptions DEFAULT = new StartOptions(Optional.empty(), false, false, false, false,
            Optional.empty(), Optional.empty(), Optional.empty());

    /** Options without {@code --password-file}. */
    public StartOptions(Optional<Path> dataDir, boolean demo, boolean help, boolean measureStartup,
                        boolean measureEmptyWindow, Optional<Path> backupTo, Optional<Path> exportTo) {
        this(dataDir, demo, help, measureStartup, measureEmptyWindow, backupTo, exportTo, Optional.empty());
    }

    /** Options for a window on {@code dataDir} (tests and the usual start). */
    public StartOptions(Optional<Path> dataDir, boolean demo, boolean help, boolean measureStartup,
                        boolean measureEmptyWindow) {
        this(dataDir, demo, help, measureStartup, measureEmptyWindow, Optional.empty(), Optional.empty());
    }

    /** Options without {@code --export}. */
    public StartOptions(Optional<Path> dataDir, boolean demo, boolean help, boolean measureStartup,
                        boolean measureEmptyWindow, Optional<Path> backupTo) {
        this(dataDir, demo, help, measureStartup, measureEmptyWindow, backupTo, Optional.empty());
    }

    public static String usage() {
        return """
                Usage: dagpuzzel [options]
                  --data-dir DIR          use the store in DIR instead of the default data folder
                  --demo                  fill an empty store with the demo centre without asking
                  --measure-startup       print milliseconds from process start to the first frame
                                          and to data shown, then exit
                  --measure-empty-window  the same for an empty JavaFX window, to compare with
                  --backup-to DIR         write a backup of the store into DIR and exit (no window;
                                          exit code 0 on success)
                  --export FILE           export everything in the store to FILE (one JSON document)
                                          and exit (no window; exit code 0 on success)
                  --password-file FILE    with --backup-to or --export: the password of an
                                          encrypted store, on the first line of FILE (or give it
                                          in the environment variable DAGPUZZEL_PASSWORD)
                  --help                  show this text
                """;
    }

    /** Reads the arguments; throws {@link IllegalArgumentException} naming the first wrong one. */
    public static StartOptions parse(List<String> args) {
        Optional<Path> dataDir = Optional.empty();
        boolean demo = false;
        boolean help = false;
        boolean measure = false;
        boolean measureEmpty = false;
        Optional<Path> backupTo = Optional.empty();
        Optional<Path> exportTo = Optional.empty();
        Optional<Path> passwordFile = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.isBlank()) {
                continue;
            }
            if (arg.startsWith("--data-dir=")) {
                dataDir = Optional.of(pathArgument(arg.substring("--data-dir=".length())));
                continue;
            }
            switch (arg) {
                case "--data-dir" -> {
                    if (i + 1 >= args.size()) {
                        throw new IllegalArgumentException("--data-dir needs a folder, e.g. --data-dir /home/gerda/dagpuzzel-test");
                    }
                    dataDir = Optional.of(pathArgument(args.get(++i)));
                }
                case "--backup-to" -> {
                    if (i + 1 >= args.size() || args.get(i + 1).isBlank()) {
                        throw new IllegalArgumentException("--backup-to needs a folder, e.g. --backup-to /media/usb");
                    }
                    backupTo = Optional.of(Path.of(args.get(++i)));
                }
                case "--export" -> {
                    if (i + 1 >= args.size() || args.get(i + 1).isBlank() || args.get(i + 1).startsWith("--")) {
                        throw new IllegalArgumentException("--export needs a file, e.g. --export /media/usb/dagpuzzel.json");
                    }
                    try {
                        exportTo = Optional.of(Path.of(args.get(++i)));
                    } catch (java.nio.file.InvalidPathException e) {
                        throw new IllegalArgumentException("Not a usable file for --export: " + args.get(i));
                    }
                }
                case "--password-file" -> {
                    if (i + 1 >= args.size() || args.get(i + 1).isBlank() || args.get(i + 1).startsWith("--")) {
                        throw new IllegalArgumentException("--password-file needs a file, e.g. --password-file /home/gerda/.dagpuzzel-password");
                    }
                    try {
                        passwordFile = Optional.of(Path.of(args.get(++i)));
                    } catch (java.nio.file.InvalidPathException e) {
                        throw new IllegalArgumentException("Not a usable file for --password-file: " + args.get(i));
                    }
                }
                case "--demo" -> demo = true;
                case "--help", "-h", "-?" -> help = true;
                case "--measure-startup" -> measure = true;
                case "--measure-empty-window" -> measureEmpty = true;
                default -> throw new IllegalArgumentException("Unknown option: " + arg);
            }
        }
        if (backupTo.isPresent() && exportTo.isPresent()) {
            throw new IllegalArgumentException("Give --backup-to or --export, not both: run Dagpuzzel once for each");
        }
        return new StartOptions(dataDir, demo, help, measure, measureEmpty, backupTo, exportTo, passwordFile);
    }

    private static Path pathArgument(String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("--data-dir needs a folder, e.g. --data-dir /home/gerda/dagpuzzel-test");
        }
        try {
            return Path.of(value);
        } catch (java.nio.file.InvalidPathException e) {
            throw new IllegalArgumentException("Not a usable folder for --data-dir: " + value);
        }
    }
}
