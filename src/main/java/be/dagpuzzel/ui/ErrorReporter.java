package be.dagpuzzel.ui;

/** Tells the user that something unexpected went wrong, and logs it. */
@FunctionalInterface
public interface ErrorReporter {
    void report(Throwable error);
}
