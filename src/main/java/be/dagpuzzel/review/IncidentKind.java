package be.dagpuzzel.review;

/** What kind of incident: a fall, aggression, a vehicle problem, medication, a lost item, or other. */
public enum IncidentKind {
    FALL, AGGRESSION, VEHICLE, MEDICATION, LOST_ITEM, OTHER;

    public String messageKey() {
        return "review.incident.kind." + name();
    }
}
