package be.dagpuzzel.staff;

/** A person in the staff register. Archived people keep their history but are no longer planned. */
public record StaffMember(long id, StaffProfile profile, boolean archived) {

    public String fullName() {
        return profile.fullName();
    }
}
