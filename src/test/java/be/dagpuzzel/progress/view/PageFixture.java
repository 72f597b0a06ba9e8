package be.dagpuzzel.progress.view;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.progress.ProgressPage;
import be.dagpuzzel.progress.ProgressRepository;
import be.dagpuzzel.progress.ProgressService;
import be.dagpuzzel.staff.Programme;
import be.dagpuzzel.staff.StaffMember;
import be.dagpuzzel.staff.StaffProfile;
import be.dagpuzzel.testing.TestStore;
import be.dagpuzzel.ui.Language;
import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.SameThreadTaskRunner;

/**
 * A store of its own on Friday 27 November 2026 with the Progress section's model in English,
 * run on the calling thread, for the tabs' viewmodel tests.
 */
final class PageFixture implements AutoCloseable {

    static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    final AppServices services;
    final ProgressService progress;
    final ProgressViewModel page;

    PageFixture(Path dir) {
        services = TestStore.open(dir);
        progress = new ProgressService(services.store(), new ProgressRepository(), services.staff(),
                services.catalogue(), Clock.fixed(FRIDAY.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault()));
        page = new ProgressViewModel(new SameThreadTaskRunner(), progress,
                new Messages(Language.ENGLISH.locale(Locale.ROOT)));
        page.refresh();
    }

    /** A worker with a coach, whose page is then open. */
    StaffMember open(String firstName, Programme programme, LocalDate start) {
        StaffMember coach = services.staff().create(StaffProfile.newcomer("Gerda", "Coach", Programme.REGULAR, start.minusYears(5)));
        StaffProfile p = StaffProfile.newcomer(firstName, "Test", programme, start);
        StaffMember worker = services.staff().create(new StaffProfile(p.firstName(), p.lastName(), p.phone(), p.programme(),
                p.employer(), p.startDate(), p.endDate(), p.hoursPerWeek(), Optional.of(coach.id()), p.dutchLevel(),
                p.notes(), p.strengths()));
        page.refresh();
        page.open(worker.id());
        return worker;
    }

    ProgressPage current() {
        return page.pageProperty().get();
    }

    @Override
    public void close() {
        services.store().close();
    }
}
