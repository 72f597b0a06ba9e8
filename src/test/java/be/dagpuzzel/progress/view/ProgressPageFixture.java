package be.dagpuzzel.progress.view;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.progress.ProgressRepository;
import be.dagpuzzel.progress.ProgressService;
import be.dagpuzzel.staff.Programme;
import be.dagpuzzel.staff.StaffMember;
import be.dagpuzzel.staff.StaffProfile;
import be.dagpuzzel.testing.TestStore;
import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.SameThreadTaskRunner;

/** A store of its own on Friday 27 November 2026 with an LDE worker whose progress page is open, in English. */
final class ProgressPageFixture implements AutoCloseable {

    static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    final AppServices services;
    final ProgressService progress;
    final ProgressViewModel page;
    final StaffMember worker;

    ProgressPageFixture(Path dir) {
        services = TestStore.open(dir);
        progress = new ProgressService(services.store(), new ProgressRepository(), services.staff(), services.catalogue(),
                Clock.fixed(FRIDAY.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
        page = new ProgressViewModel(new SameThreadTaskRunner(), progress, new Messages(Locale.ENGLISH));
        worker = services.staff().create(StaffProfile.newcomer("Fatma", "Yilmaz", Programme.LDE, FRIDAY.minusYears(2)));
        page.refresh();
        page.open(worker.id());
    }

    @Override
    public void close() {
        services.store().close();
    }
}
