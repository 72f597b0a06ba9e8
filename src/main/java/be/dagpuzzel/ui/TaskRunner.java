package be.dagpuzzel.ui;

import java.util.function.Consumer;

/**
 * Runs work that may wait (the database, files, the solver) away from the FX thread and hands
 * the result back on it. Viewmodels depend on this interface only, so tests run them with
 * {@link SameThreadTaskRunner}.
 */
public interface TaskRunner {

    /** What a piece of work does, for the status bar: reading, saving, or a long job with progress. */
    enum Kind { LOAD, SAVE, LONG }

    /** Background work; it may report progress and should stop early when asked to. */
    @FunctionalInterface
    interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** Lets long work say how far it is. */
    interface Progress {
        void update(double fraction, String message);

        boolean isCancelled();

        Progress NONE = new Progress() {
            @Override
            public void update(double fraction, String message) {
                // nobody listens
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    /**
     * Runs {@code work} in the background; {@code onSuccess} or {@code onFailure} then runs on the
     * FX thread (in tests: on the calling thread).
     */
    <T> void run(Kind kind, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** A read whose failure is reported to the user as an unexpected error. */
    default <T> void load(Work<T> work, Consumer<? super T> onSuccess) {
        run(Kind.LOAD, work, onSuccess, null);
    }

    /** Asks running long work to stop at its next check. */
    default void requestCancel() {
    }

    /** A write whose failure is reported to the user as an unexpected error. */
    default <T> void save(Work<T> work, Consumer<? super T> onSuccess) {
        run(Kind.SAVE, work, onSuccess, null);
    }

    /** A write whose refusal ({@code onFailure}) the caller explains itself, e.g. a wrong field. */
    default <T> void save(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        run(Kind.SAVE, work, onSuccess, onFailure);
    }
}
