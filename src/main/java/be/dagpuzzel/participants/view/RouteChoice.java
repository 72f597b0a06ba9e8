package be.dagpuzzel.participants.view;

/** A choice in the "usual run" box: a route, or (id null) none / own transport. */
public record RouteChoice(Long id, String name) {

    public boolean isNone() {
        return id == null;
    }

    @Override
    public String toString() {
        return name;
    }
}
