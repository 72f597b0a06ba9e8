package be.dagpuzzel.progress.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.progress.Phase;
import be.dagpuzzel.progress.Trajectory;
import be.dagpuzzel.progress.TransitionPhase;
import be.dagpuzzel.staff.Programme;

/** Marc, LDE since 10/1/2022 (five years, exceptionally six); today is Friday 27/11/2026. */
class TransitionViewModelTest {

    @TempDir
    Path dir;
    private PageFixture fixture;
    private TransitionViewModel model;
    private TrajectoryForm form;

    @BeforeEach
    void open() {
        fixture = new PageFixture(dir);
        fixture.open("Marc", Programme.LDE, LocalDate.of(2022, 1, 10));
        model = new TransitionViewModel(fixture.page, fixture.progress);
        form = model.trajectory();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Trajectory stored() {
        return fixture.current().trajectory();
    }

    @Test
    void theTrajectoryShowsTheProgrammesEndAndTheExceptionalTermCanBeChosen() {
        assertEquals("10/01/2022", form.startProperty().get());
        assertEquals("", form.endProperty().get());
        assertEquals("140", form.guidanceTargetProperty().get());
        assertTrue(form.extendableProperty().get(), "LDE has an exceptional longer term");
        assertTrue(model.endTextProperty().get().startsWith("Ends on 09/01/2027 by the programme’s term"));

        form.extendedProperty().set(true);
        form.commit();
        assertTrue(stored().extended());
        assertTrue(fixture.current().trajectoryStored());
        assertTrue(model.endTextProperty().get().startsWith("Ends on 09/01/2028 by the programme’s term"));
        fixture.page.undo();
        assertFalse(stored().extended());
    }

    @Test
    void aFieldThatCannotBeReadKeepsItsTextAndMessageWhileTheOthersAreStored() {
        form.jobProperty().set("Logistiek medewerker");
        form.employerProperty().set("Colruyt Halle");
        form.guidanceTargetProperty().set("veel");
        form.commit();

        assertEquals("Logistiek medewerker", stored().targetJob());
        assertEquals("Colruyt Halle", stored().targetEmployer());
        assertEquals(0, new BigDecimal("140").compareTo(stored().guidanceTargetHours()), "the stored target stays");
        assertEquals("veel", form.guidanceTargetProperty().get(), "what was typed stays to be corrected");
        assertEquals("“veel” is not a number of hours: type it as 2 or 1,5.",
                form.errors().get(TrajectoryForm.GUIDANCE_TARGET));

        form.guidanceTargetProperty().set("160");
        form.commit();
        assertEquals(0, new BigDecimal("160").compareTo(stored().guidanceTargetHours()));
        assertTrue(form.errors().isEmpty());
    }

    @Test
    void aFieldTheServiceRefusesKeepsItsMessageWhileTheOthersAreStored() {
        form.endProperty().set("1/1/2021");
        form.jobProperty().set("Magazijnier");
        form.careTargetProperty().set("0");
        form.commit();

        assertEquals("Magazijnier", stored().targetJob());
        assertEquals(Optional.empty(), stored().decidedEnd());
        assertEquals(Optional.empty(), stored().carePracticeTargetHours());
        assertEquals("The end of the trajectory must come after its start.", form.errors().get(TrajectoryForm.END));
        assertEquals("Hours must be more than 0 and at most 2000.", form.errors().get(TrajectoryForm.CARE_TARGET));
        assertEquals("1/1/2021", form.endProperty().get());
        assertEquals("Magazijnier", form.jobProperty().get());

        form.endProperty().set("30/6/2027");
        form.careTargetProperty().set("");
        form.commit();
        assertEquals(Optional.of(LocalDate.of(2027, 6, 30)), stored().decidedEnd());
        assertNull(form.errors().get(TrajectoryForm.END));
        assertEquals("Ends on 30/06/2027, as decided for this person.", model.endTextProperty().get());
    }

    @Test
    void guidanceHoursAddUpTowardsTheTargetAndARemovedSessionComesBack() {
        GuidanceLog log = model.guidance();
        assertEquals("0 of 140 hours", log.totalProperty().get());
        assertEquals("27/11/2026", log.dateProperty().get());
        log.hoursProperty().set("2");
        log.noteProperty().set("Sollicitatiebrief");
        log.add();
        log.dateProperty().set("20/11");
        log.hoursProperty().set("1,5");
        log.add();

        assertEquals("3,5 of 140 hours", log.totalProperty().get());
        assertEquals(3.5 / 140, log.fractionProperty().get(), 0.0001);
        assertEquals(List.of(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 20)),
                log.sessions().stream().map(s -> s.heldOn()).toList(), "newest first");
        assertEquals("", log.hoursProperty().get(), "emptied for the next one");

        log.dateProperty().set("1/12/2026");
        log.hoursProperty().set("1");
        log.add();
        assertEquals("This date is in the future: record it when it has happened.", log.errors().get(GuidanceLog.DATE));
        log.dateProperty().set("26/11/2026");
        log.hoursProperty().set("30");
        log.add();
        assertEquals("Guidance hours on one day: more than 0 and at most 24.", log.errors().get(GuidanceLog.HOURS));
        assertEquals(2, log.sessions().size());

        log.remove(log.sessions().getFirst());
        assertEquals("1,5 of 140 hours", log.totalProperty().get());
        fixture.page.undo();
        assertEquals("3,5 of 140 hours", log.totalProperty().get());
    }

    @Test
    void aPhaseIsGivenItsDatesThenClearedAndCtrlZPutsItBack() {
        PhaseLine preparation = model.phases().getFirst();
        assertEquals(Phase.PREPARATION, preparation.phase());
        assertEquals(4, model.phases().size());
        preparation.fromProperty().set("2/11/2026");
        preparation.noteProperty().set("Sollicitatietraining bij VDAB");
        preparation.commit();
        TransitionPhase stored = fixture.current().phases().getFirst();
        assertEquals(LocalDate.of(2026, 11, 2), stored.from());
        assertEquals(Optional.empty(), stored.to());
        assertTrue(preparation.runningProperty().get());

        preparation.toProperty().set("1/11/2026");
        preparation.commit();
        assertEquals("The end comes before the start.", preparation.errors().get(PhaseLine.TO));
        assertEquals(Optional.empty(), fixture.current().phases().getFirst().to());

        preparation.toProperty().set("");
        preparation.clear();
        assertTrue(fixture.current().phases().isEmpty());
        assertEquals("", preparation.fromProperty().get());
        fixture.page.undo();
        assertEquals(LocalDate.of(2026, 11, 2), fixture.current().phases().getFirst().from());
        assertEquals("02/11/2026", preparation.fromProperty().get());
    }
}
