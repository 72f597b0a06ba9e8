package be.dagpuzzel.roster.print;

import java.awt.Color;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import be.dagpuzzel.roster.Assignment;
import be.dagpuzzel.roster.DayBoard;
import be.dagpuzzel.roster.RosterSlot;
import be.dagpuzzel.settings.TaskType;
import be.dagpuzzel.staff.StaffDay;
import be.dagpuzzel.ui.Messages;

/**
 * The day's roster on one A4 page for the notice board: every slot with its hours, task and
 * people (open places marked), and who is away. Names and tasks only: no health or coaching data.
 */
public final class RosterSheet {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font SUBTITLE = FontFactory.getFont(FontFactory.HELVETICA, 12, new Color(60, 70, 68));
    private static final Font HEAD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10, Color.WHITE);
    private static final Font CELL = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font OPEN = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 10, new Color(150, 40, 30));
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8, Color.GRAY);
    private static final Color HEADER_BACKGROUND = new Color(47, 111, 94);

    private final Messages messages;

    public RosterSheet(Messages messages) {
        this.messages = messages;
    }

    /** Writes the sheet of {@code board} as PDF to {@code out}. */
    public void write(DayBoard board, String centreName, LocalDateTime printedAt, OutputStream out) {
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(messages.format("print.roster.title", messages.longDate(board.date())));
            document.addCreator("Dagpuzzel");
            document.open();
            document.add(new Paragraph(centreName, TITLE));
            Paragraph subtitle = new Paragraph(messages.format("print.roster.title", messages.longDate(board.date())),
                    SUBTITLE);
            subtitle.setSpacingAfter(10);
            document.add(subtitle);
            document.add(slots(board));
            document.add(away(board));
            Paragraph printed = new Paragraph(messages.format("print.printedAt",
                    printedAt.format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"))), SMALL);
            printed.setSpacingBefore(12);
            document.add(printed);
        } catch (DocumentException e) {
            throw new IllegalStateException("the roster sheet could not be written", e);
        } finally {
            document.close();
        }
    }

    private PdfPTable slots(DayBoard board) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {1.3f, 1.6f, 2.6f, 4.5f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String key : List.of("print.hours", "print.task", "print.slot", "print.people")) {
            PdfPCell cell = new PdfPCell(new Phrase(messages.get(key), HEAD));
            cell.setBackgroundColor(HEADER_BACKGROUND);
            cell.setPadding(5);
            table.addCell(cell);
        }
        for (RosterSlot slot : board.slots()) {
            Optional<TaskType> type = board.taskType(slot.taskTypeId());
            String task = type.map(t -> t.displayName(messages.codes("taskType."))).orElse("?");
            table.addCell(cell(slot.hours().toString(), CELL));
            table.addCell(cell(task, CELL));
            table.addCell(cell(slot.label(), CELL));
            Phrase people = new Phrase();
            for (int position = 0; position < slot.peopleNeeded(); position++) {
                if (position > 0) {
                    people.add(new Phrase(", ", CELL));
                }
                Optional<Assignment> a = board.assignmentAt(slot.id(), position);
                Optional<String> name = a.flatMap(x -> board.person(x.staffId())).map(p -> p.member().fullName());
                people.add(name.isPresent() ? new Phrase(name.get(), CELL)
                        : new Phrase(messages.get("print.open"), OPEN));
            }
            PdfPCell who = new PdfPCell(people);
            who.setPadding(4);
            table.addCell(who);
        }
        if (board.slots().isEmpty()) {
            PdfPCell none = cell(messages.get(board.workingDay() ? "roster.noSlots" : "roster.closed"), CELL);
            none.setColspan(4);
            table.addCell(none);
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    private Paragraph away(DayBoard board) {
        String names = board.staff().stream().filter(d -> d.wholeDayAbsence().isPresent())
                .map(RosterSheet::name).sorted().collect(Collectors.joining(", "));
        Paragraph p = new Paragraph(messages.get("print.away") + " " + (names.isEmpty() ? "—" : names), CELL);
        p.setSpacingBefore(10);
        return p;
    }

    private static String name(StaffDay day) {
        return day.member().fullName();
    }
}
