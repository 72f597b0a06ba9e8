package be.dagpuzzel.progress.print;

import static be.dagpuzzel.progress.print.ReportLayout.BODY;
import static be.dagpuzzel.progress.print.ReportLayout.HINT;
import static be.dagpuzzel.progress.print.ReportLayout.SUBTITLE;
import static be.dagpuzzel.progress.print.ReportLayout.TITLE;
import static be.dagpuzzel.progress.print.ReportLayout.cell;
import static be.dagpuzzel.progress.print.ReportLayout.right;
import static be.dagpuzzel.progress.print.ReportLayout.row;
import static be.dagpuzzel.progress.print.ReportLayout.section;
import static be.dagpuzzel.progress.print.ReportLayout.table;
import static be.dagpuzzel.progress.print.ReportLayout.text;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import be.dagpuzzel.progress.Evidence;
import be.dagpuzzel.progress.LadderStanding;
import be.dagpuzzel.progress.LadderStep;
import be.dagpuzzel.progress.Meeting;
import be.dagpuzzel.progress.PopGoal;
import be.dagpuzzel.progress.ProgressPage;
import be.dagpuzzel.progress.Training;
import be.dagpuzzel.progress.TrajectoryClock;
import be.dagpuzzel.progress.TransitionPhase;
import be.dagpuzzel.ui.Messages;

/**
 * The progress report of one worker for an evaluation meeting, as an A4 PDF: who and which period,
 * the trajectory's clock, onboarding, hours per task type with the task mix, the review's feedback,
 * competences with their change over the period, goals, meetings with their agreements, training and
 * the transition path; and, on a page of their own marked confidential, the coaching notes and the
 * notes of the meetings. This is the only print that carries coaching notes.
 */
public final class ProgressReport {

    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Messages messages;
    private final ReportLayout layout;

    public ProgressReport(Messages messages) {
        this.messages = messages;
        this.layout = new ReportLayout(messages.locale());
    }

    /**
     * Writes the report of {@code data}, with the charts when there are any, to {@code out}; the
     * confidential last page (coaching notes, meeting notes) only when {@code confidential}.
     */
    public void write(ReportData data, ReportCharts.Images charts, LocalDateTime printedAt, boolean confidential,
                      OutputStream out) {
        Document document = new Document(PageSize.A4, 40, 40, 40, 46);
        ProgressPage page = data.page();
        String period = messages.format("print.progress.periodValue", date(data.period().from()), date(data.period().to()));
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new ReportFooter(messages.format("print.progress.footer", page.member().fullName(), period),
                    messages));
            document.addTitle(messages.format("print.progress.docTitle", page.member().fullName(), period));
            document.addCreator("Dagpuzzel");
            document.open();
            header(document, data, period, printedAt);
            trajectory(document, writer, page);
            onboarding(document, writer, data);
            hours(document, writer, data, charts);
            observations(document, writer, data);
            competences(document, writer, data, charts);
            goals(document, writer, data);
            meetings(document, writer, data);
            trainings(document, writer, data);
            transition(document, writer, data);
            if (confidential) {
                new ConfidentialPart(messages).write(document, writer, data);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("the progress report could not be written", e);
        } finally {
            document.close();
        }
    }

    private void header(Document document, ReportData data, String period, LocalDateTime printedAt) {
        ProgressPage page = data.page();
        document.add(new Paragraph(messages.get("print.progress.title"), TITLE));
        Paragraph centre = new Paragraph(data.centreName(), SUBTITLE);
        centre.setSpacingAfter(8);
        document.add(centre);
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {messages.get("print.progress.worker"), page.member().fullName()});
        facts.add(new String[] {messages.get("print.progress.programme"),
            messages.get(page.member().profile().programme().messageKey())});
        facts.add(new String[] {messages.get("print.progress.coach"), page.coachName().orElse("—")});
        facts.add(new String[] {messages.get("print.progress.period"), period});
        facts.add(new String[] {messages.get("print.progress.printed"), printedAt.format(PRINTED)});
        document.add(ReportLayout.facts(facts));
    }

    private void trajectory(Document document, PdfWriter writer, ProgressPage page) {
        ReportLayout.heading(document, writer, messages.get("print.progress.trajectory"));
        TrajectoryClock clock = page.clock();
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {messages.get("print.progress.start"), date(clock.start())});
        facts.add(new String[] {messages.get("print.progress.end"),
            clock.end().map(this::date).orElse(messages.get("print.progress.noEnd"))});
        clock.end().ifPresent(end -> facts.add(new String[] {messages.get("print.progress.left"),
            messages.format("print.progress.leftValue", clock.monthsLeft().orElse(0L), clock.daysLeft().orElse(0L))}));
        if (clock.alert().isWarning()) {
            facts.add(new String[] {"", messages.get("progress.clock." + clock.alert().name()), "alert"});
        }
        if (!page.trajectory().targetJob().isEmpty()) {
            facts.add(new String[] {messages.get("print.progress.targetJob"), page.trajectory().targetEmployer().isEmpty()
                    ? page.trajectory().targetJob()
                    : messages.format("print.progress.jobAt", page.trajectory().targetJob(), page.trajectory().targetEmployer())});
        }
        document.add(ReportLayout.facts(facts));
    }

    private void onboarding(Document document, PdfWriter writer, ReportData data) {
        List<LadderStanding> started = data.page().ladders().stream().filter(l -> l.current().isPresent()).toList();
        if (started.isEmpty()) {
            return;
        }
        ReportLayout.heading(document, writer, messages.get("print.progress.onboarding"));
        PdfPTable table = table(List.of(messages.get("print.progress.col.task"), messages.get("print.progress.col.step"),
                messages.get("print.progress.col.since")), 2f, 3.5f, 1.3f);
        int i = 0;
        for (LadderStanding l : started) {
            row(table, i++, ReportCharts.taskName(data, l.taskTypeId(), messages), stepName(l.current().orElseThrow()),
                    date(l.currentSignoff().orElseThrow().signedOn()));
        }
        document.add(table);
    }

    private void hours(Document document, PdfWriter writer, ReportData data, ReportCharts.Images charts) {
        ReportLayout.heading(document, writer, messages.get("print.progress.hours"));
        if (data.totalMinutes() == 0) {
            document.add(text(messages.get("print.progress.noHours"), HINT));
        } else {
            PdfPTable table = table(List.of(messages.get("print.progress.col.task"), messages.get("print.progress.col.hours"),
                    messages.get("print.progress.col.share")), 4f, 1.2f, 1.2f);
            int i = 0;
            for (Map.Entry<Long, Integer> e : data.hoursByTask()) {
                table.addCell(cell(ReportCharts.taskName(data, e.getKey(), messages), BODY, i));
                table.addCell(right(cell(layout.hours(e.getValue()), BODY, i)));
                table.addCell(right(cell(Math.round(100.0 * e.getValue() / data.totalMinutes()) + " %", BODY, i)));
                i++;
            }
            table.addCell(cell(messages.get("print.progress.total"), ReportLayout.BODY_BOLD, i));
            table.addCell(right(cell(layout.hours(data.totalMinutes()), ReportLayout.BODY_BOLD, i)));
            table.addCell(cell("", BODY, i));
            document.add(table);
        }
        data.page().trajectory().carePracticeTargetHours().ifPresent(target -> document.add(text(messages.format(
                "print.progress.carePractice", layout.hours(data.careMinutes().orElse(0)), layout.hours(target)), BODY)));
        chart(document, charts.taskMix(), "print.progress.chartTaskMix");
    }

    private void chart(Document document, Optional<byte[]> png, String titleKey) {
        if (png.isEmpty()) {
            document.add(text(messages.get("print.progress.noChart"), HINT));
            return;
        }
        try {
            Image image = Image.getInstance(png.get());
            // drawn at twice its size in points (sharp on paper); never taller than most of a page
            image.scaleAbsolute(image.getWidth() / 2, image.getHeight() / 2);
            if (image.getScaledHeight() > ReportCharts.MOST_HEIGHT) {
                image.scaleToFit((float) ReportCharts.WIDTH, (float) ReportCharts.MOST_HEIGHT);
            }
            Paragraph caption = new Paragraph(messages.get(titleKey), ReportLayout.SUBSECTION);
            caption.setSpacingBefore(6);
            caption.setKeepTogether(true);
            caption.add(new org.openpdf.text.Chunk("\n"));
            caption.add(new org.openpdf.text.Chunk(image, 0, 0, true));
            document.add(caption);
        } catch (IOException e) {
            document.add(text(messages.get("print.progress.noChart"), HINT));
        }
    }

    private void observations(Document document, PdfWriter writer, ReportData data) {
        ReportLayout.heading(document, writer, messages.get("print.progress.observations"));
        List<Evidence> lines = data.observations();
        if (lines.isEmpty()) {
            document.add(text(messages.get("print.progress.noObservations"), HINT));
            return;
        }
        Map<Long, String> names = data.page().competences().stream().collect(Collectors.toMap(c -> c.id(),
                c -> c.displayName(messages.codes("competence."))));
        PdfPTable table = table(List.of(messages.get("print.progress.col.date"), messages.get("print.progress.col.task"),
                messages.get("print.progress.col.rating"), messages.get("print.progress.col.note"),
                messages.get("print.progress.col.evidence")), 1.15f, 1.6f, 1.55f, 3.95f, 2f);
        int i = 0;
        for (Evidence e : lines) {
            String task = e.taskTypeId().map(t -> ReportCharts.taskName(data, t, messages))
                    .orElse(e.taskLabel().isEmpty() ? messages.get("print.progress.wholeDay") : e.taskLabel());
            row(table, i++, date(e.date()), task, messages.get(e.rating().messageKey()), e.note(),
                    e.competenceIds().stream().map(names::get).filter(n -> n != null).sorted()
                            .collect(Collectors.joining(", ")));
        }
        document.add(table);
    }

    private void competences(Document document, PdfWriter writer, ReportData data, ReportCharts.Images charts) {
        ReportLayout.heading(document, writer, messages.get("print.progress.competences"));
        List<ReportData.CompetenceChange> changes = data.competences();
        if (changes.isEmpty()) {
            document.add(text(messages.get("print.progress.noRatings"), HINT));
            return;
        }
        PdfPTable table = table(List.of(messages.get("print.progress.col.competence"),
                messages.format("print.progress.col.levelOn", date(data.period().from())),
                messages.format("print.progress.col.levelOn", date(data.period().to())),
                messages.get("print.progress.col.change"), messages.get("print.progress.col.linked")),
                3.6f, 1.3f, 1.3f, 1.1f, 1.3f);
        int i = 0;
        for (ReportData.CompetenceChange c : changes) {
            table.addCell(cell(c.competence().displayName(messages.codes("competence.")), BODY, i));
            table.addCell(right(cell(c.atStart().map(String::valueOf).orElse("—"), BODY, i)));
            table.addCell(right(cell(c.atEnd().map(String::valueOf).orElse("—"), BODY, i)));
            table.addCell(right(cell(c.change().map(this::signed).orElse(messages.get("print.progress.newlyRated")), BODY, i)));
            table.addCell(right(cell(String.valueOf(c.evidenceInPeriod()), BODY, i)));
            i++;
        }
        document.add(table);
        document.add(text(messages.get("print.progress.levels"), HINT));
        chart(document, charts.competences(), "print.progress.chartCompetences");
    }

    private String signed(int change) {
        return change > 0 ? "+" + change : change < 0 ? "−" + (-change) : "0";
    }

    private void goals(Document document, PdfWriter writer, ReportData data) {
        ReportLayout.heading(document, writer, messages.get("print.progress.goals"));
        List<PopGoal> shown = new ArrayList<>(data.openGoals());
        data.achievedGoals().stream().filter(g -> !shown.contains(g)).forEach(shown::add);
        if (shown.isEmpty()) {
            document.add(text(messages.get("print.progress.noGoals"), HINT));
            return;
        }
        PdfPTable table = table(List.of(messages.get("print.progress.col.goal"), messages.get("print.progress.col.task"),
                messages.get("print.progress.col.setOn"), messages.get("print.progress.col.target"),
                messages.get("print.progress.col.status")), 3.6f, 1.3f, 1.2f, 1.2f, 2.7f);
        List<PopGoal> late = data.goalsPastDate();
        int i = 0;
        for (PopGoal g : shown) {
            String status = data.achievedGoals().contains(g)
                    ? messages.format("print.progress.achievedOn", date(g.closedOn().orElseThrow()))
                    : late.contains(g) ? messages.get("print.progress.pastDate") : messages.get("progress.goal.OPEN");
            table.addCell(cell(g.description(), BODY, i));
            table.addCell(cell(g.taskTypeId().map(t -> ReportCharts.taskName(data, t, messages)).orElse(""), BODY, i));
            table.addCell(cell(date(g.setOn()), BODY, i));
            table.addCell(cell(g.targetDate().map(this::date).orElse("—"), BODY, i));
            table.addCell(cell(status, late.contains(g) ? ReportLayout.ALERT : BODY, i));
            i++;
        }
        document.add(table);
    }

    private void meetings(Document document, PdfWriter writer, ReportData data) {
        ReportLayout.heading(document, writer, messages.get("print.progress.meetings"));
        List<Meeting> meetings = data.meetings();
        if (meetings.isEmpty()) {
            document.add(text(messages.get("print.progress.noMeetings"), HINT));
        }
        PdfPTable table = table(List.of(messages.get("print.progress.col.date"), messages.get("print.progress.col.meeting"),
                messages.get("print.progress.col.agreements")), 1.5f, 2f, 6f);
        int i = 0;
        for (Meeting m : meetings) {
            String when = m.isHeld() ? date(m.heldOn().orElseThrow())
                    : messages.format("print.progress.plannedOn", date(m.plannedOn()));
            row(table, i++, when, messages.get(m.kind().messageKey()), m.agreements().isEmpty() ? "—" : m.agreements());
        }
        if (!meetings.isEmpty()) {
            document.add(table);
        }
        data.nextPlanned().ifPresent(m -> document.add(text(messages.format("print.progress.nextPlanned",
                messages.get(m.kind().messageKey()), date(m.plannedOn())), BODY)));
    }

    private void trainings(Document document, PdfWriter writer, ReportData data) {
        ReportLayout.heading(document, writer, messages.get("print.progress.training"));
        List<Training> trainings = data.trainings();
        if (trainings.isEmpty()) {
            document.add(text(messages.get("print.progress.noTraining"), HINT));
            return;
        }
        PdfPTable table = table(List.of(messages.get("print.progress.col.course"), messages.get("print.progress.col.when"),
                messages.get("print.progress.col.hours"), messages.get("print.progress.col.provider")), 3.6f, 2.4f, 0.9f, 2.6f);
        int i = 0;
        for (Training t : trainings) {
            row(table, i++, t.title(), messages.format("print.progress.periodValue", date(t.from()), date(t.to())),
                    layout.hours(t.hours()), t.provider());
        }
        document.add(table);
    }

    private void transition(Document document, PdfWriter writer, ReportData data) {
        ProgressPage page = data.page();
        ReportLayout.heading(document, writer, messages.get("print.progress.transition"));
        if (page.phases().isEmpty() && page.guidance().isEmpty()) {
            document.add(text(messages.get("print.progress.noTransition"), HINT));
            return;
        }
        PdfPTable table = table(List.of(messages.get("print.progress.col.phase"), messages.get("print.progress.col.from"),
                messages.get("print.progress.col.to"), messages.get("print.progress.col.note")), 1.8f, 1.2f, 1.2f, 5f);
        int i = 0;
        for (TransitionPhase p : page.phases()) {
            row(table, i++, messages.get(p.phase().messageKey()), date(p.from()),
                    p.to().map(this::date).orElse(messages.get("print.progress.running")), p.note());
        }
        if (!page.phases().isEmpty()) {
            document.add(table);
        }
        document.add(text(messages.format("print.progress.guidance", layout.hours(page.guidanceHours()),
                layout.hours(page.trajectory().guidanceTargetHours()), layout.hours(data.guidanceInPeriod())), BODY));
    }

    private String stepName(LadderStep step) {
        return step.displayName(code -> {
            String text = messages.get("ladder." + code);
            return text.startsWith("!") ? Optional.empty() : Optional.of(text);
        });
    }

    private String date(LocalDate day) {
        return messages.shortDate(day);
    }
}
