package be.dagpuzzel.review;

/** How a worker's day or task went, in the end-of-day feedback: went well, or a point of attention. */
public enum Rating {
    WELL, ATTENTION;

    public Rating toggled() {
        return this == WELL ? ATTENTION : WELL;
    }

    public String messageKey() {
        return "review.rating." + name();
    }
}
