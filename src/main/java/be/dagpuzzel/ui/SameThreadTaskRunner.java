package be.dagpuzzel.ui;

import java.util.function.Consumer;

/**
 * Runs work at once on the calling thread: for viewmodel tests, which then need no toolkit and
 * no waiting. A failure without a handler is rethrown so the test sees it.
 */
public final class SameThreadTaskRunner implements TaskRunner {

    @Override
    public <T> void run(Kind kind, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call(Progress.NONE);
        } catch (Exception e) {
            if (onFailure == null) {
                throw new IllegalStateException("background work failed", e);
            }
            onFailure.accept(e);
            return;
        }
        if (onSuccess != null) {
            onSuccess.accept(result);
        }
    }
}
