package be.dagpuzzel.app;

import be.dagpuzzel.demo.DemoCentre;
import be.dagpuzzel.progress.ProgressRepository;
import be.dagpuzzel.progress.ProgressService;
import be.dagpuzzel.review.ReviewRepository;
import be.dagpuzzel.review.ReviewService;
import be.dagpuzzel.roster.RosterRepository;
import be.dagpuzzel.roster.RosterService;
import be.dagpuzzel.settings.CentreRepository;
import be.dagpuzzel.settings.CentreService;
import be.dagpuzzel.settings.DayTemplateRepository;
import be.dagpuzzel.settings.DayTemplateService;
import be.dagpuzzel.settings.TaskCatalogue;
import be.dagpuzzel.settings.TaskCatalogueRepository;
import be.dagpuzzel.staff.StaffRepository;
import be.dagpuzzel.staff.StaffService;
import be.dagpuzzel.store.Store;
import be.dagpuzzel.transport.ParticipantService;
import be.dagpuzzel.transport.TransportRepository;
import be.dagpuzzel.transport.TransportService;

/** The services of one open store, wired by plain constructors. */
public record AppServices(Store store, CentreService centres, TaskCatalogue catalogue, DayTemplateService templates,
                          StaffService staff, RosterService roster, ParticipantService participants,
                          TransportService transport, ReviewService review, ProgressService progress,
                          DemoCentre demo) {

    /** The services on the system clock. */
    public static AppServices create(Store store) {
        return create(store, java.time.Clock.systemDefaultZone());
    }

    /** The services on {@code clock}: "today" in reviews and progress is the app's today (fixed in tests). */
    public static AppServices create(Store store, java.time.Clock clock) {
        CentreService centres = new CentreService(store, new CentreRepository());
        TaskCatalogue catalogue = new TaskCatalogue(store, new TaskCatalogueRepository());
        DayTemplateService templates = new DayTemplateService(store, new DayTemplateRepository());
        StaffService staff = new StaffService(store, new StaffRepository());
        RosterService roster = new RosterService(store, new RosterRepository(), staff, catalogue, templates);
        TransportRepository transportRepository = new TransportRepository();
        ParticipantService participants = new ParticipantService(store, transportRepository);
        TransportService transport = new TransportService(store, transportRepository, participants, roster, catalogue,
                centres);
        ReviewService review = new ReviewService(store, new ReviewRepository(), roster, staff, participants, transport,
                templates, clock);
        ProgressService progress = new ProgressService(store, new ProgressRepository(), staff, catalogue, clock);
        return new AppServices(store, centres, catalogue, templates, staff, roster, participants, transport, review,
                progress, new DemoCentre(centres, catalogue, templates, staff, roster, participants, transport, review,
                progress));
    }
}
