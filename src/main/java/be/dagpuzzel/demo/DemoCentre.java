package be.dagpuzzel.demo;

import java.time.LocalDate;
import java.util.Optional;

import be.dagpuzzel.core.Address;
import be.dagpuzzel.core.Coordinates;
import be.dagpuzzel.review.ReviewService;
import be.dagpuzzel.roster.RosterService;
import be.dagpuzzel.settings.Centre;
import be.dagpuzzel.settings.CentreDetails;
import be.dagpuzzel.settings.CentreService;
import be.dagpuzzel.settings.DayTemplateService;
import be.dagpuzzel.settings.TaskCatalogue;
import be.dagpuzzel.staff.StaffService;
import be.dagpuzzel.transport.ParticipantService;
import be.dagpuzzel.transport.TransportService;

/**
 * Fills an empty store with a fictional but realistic centre, so a new user sees a working app
 * at once. Names and addresses are invented (Lindegem is not a real municipality). Each feature
 * adds its own part here through its service.
 */
public final class DemoCentre {

    public static final String NAME = "Dagverzorgingscentrum De Linde";
    public static final Address ADDRESS = new Address("Berkendries", "12", "9299", "Lindegem");
    public static final Coordinates LOCATION = new Coordinates(51.0234, 3.8121);

    private final CentreService centres;
    private final TaskCatalogue catalogue;
    private final DayTemplateService templates;
    private final StaffService staff;
    private final RosterService roster;
    private final ParticipantService participants;
    private final TransportService transport;
    private final ReviewService review;
    private final be.dagpuzzel.progress.ProgressService progress;

    public DemoCentre(CentreService centres, TaskCatalogue catalogue, DayTemplateService templates, StaffService staff,
                      RosterService roster, ParticipantService participants, TransportService transport,
                      ReviewService review, be.dagpuzzel.progress.ProgressService progress) {
        this.centres = centres;
        this.catalogue = catalogue;
        this.templates = templates;
        this.staff = staff;
        this.roster = roster;
        this.participants = participants;
        this.transport = transport;
        this.review = review;
        this.progress = progress;
    }

    /** Creates the demo centre as it would stand on {@code today}. */
    public Centre fill(LocalDate today) {
        Centre centre = centres.create(new CentreDetails(NAME, ADDRESS, Optional.of(LOCATION)));
        new DemoTemplates(catalogue, templates).fill(today);
        new DemoStaff(catalogue, staff).fill(today);
        new DemoRosters(roster, staff, catalogue, templates, progress).fill(today);
        new DemoTransport(participants, transport).fill(today);
        new DemoReviews(review, staff, transport, templates).fill(today);
        new DemoProgress(staff, catalogue, roster, review, progress).fill(today);
        return centre;
    }
}
