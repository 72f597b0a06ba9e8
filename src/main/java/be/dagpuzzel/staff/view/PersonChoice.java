package be.dagpuzzel.staff.view;

/** A person to pick in a list (a coach, who calls in sick); id 0 is "nobody". */
public record PersonChoice(long id, String name) {

    public boolean isNobody() {
        return id == 0;
    }

    @Override
    public String toString() {
        return name;
    }
}
