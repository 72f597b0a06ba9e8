package be.dagpuzzel.app;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * The start-up measurement behind {@code --measure-startup}: milliseconds from the process start
 * to the first laid-out frame and to the moment data is shown, printed on one line each.
 */
final class StartupTimer {

    /**
     * The JVM's start in milliseconds. The process start time the OS reports on Linux is derived
     * from the boot time in whole seconds and came out up to a second early.
     */
    private static final Instant PROCESS_START = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());

    private StartupTimer() {
    }

    static long millisSinceProcessStart() {
        return Duration.between(PROCESS_START, Instant.now()).toMillis();
    }

    /** Prints {@code label=ms} after the next pulse that lays out {@code scene}, then runs {@code then}. */
    static void printAfterNextFrame(Scene scene, String label, Runnable then) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            System.out.println("startup " + label + "=" + millisSinceProcessStart());
            System.out.flush();
            if (then != null) {
                Platform.runLater(then);
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /** Prints the time after the first laid-out pulse in which {@code shown} holds (e.g. the board has its cards). */
    static void printWhen(Scene scene, String label, java.util.function.BooleanSupplier shown, Runnable then) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (!shown.getAsBoolean()) {
                Platform.requestNextPulse();
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            System.out.println("startup " + label + "=" + millisSinceProcessStart());
            System.out.flush();
            if (then != null) {
                Platform.runLater(then);
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
