package be.dagpuzzel.progress.print;

import static be.dagpuzzel.progress.print.ReportLayout.BODY;
import static be.dagpuzzel.progress.print.ReportLayout.HINT;
import static be.dagpuzzel.progress.print.ReportLayout.row;
import static be.dagpuzzel.progress.print.ReportLayout.table;
import static be.dagpuzzel.progress.print.ReportLayout.text;

import java.util.List;

import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

import be.dagpuzzel.progress.CoachingNote;
import be.dagpuzzel.progress.Meeting;
import be.dagpuzzel.ui.Messages;

/**
 * The last part of the progress report, on a page of its own so that it can be kept apart: the
 * coaching notes and the notes of the meetings in the period, under a "Confidential" banner.
 */
final class ConfidentialPart {

    private final Messages messages;

    ConfidentialPart(Messages messages) {
        this.messages = messages;
    }

    void write(Document document, org.openpdf.text.pdf.PdfWriter writer, ReportData data) {
        document.newPage();
        PdfPTable banner = new PdfPTable(1);
        banner.setWidthPercentage(100);
        PdfPCell cell = new PdfPCell();
        cell.setBackgroundColor(ReportLayout.CONFIDENTIAL_BACKGROUND);
        cell.setBorderColor(ReportLayout.RED);
        cell.setBorderWidth(1.5f);
        cell.setBorder(Rectangle.BOX);
        cell.setPadding(8);
        cell.addElement(new Paragraph(messages.get("print.progress.confidential"), ReportLayout.CONFIDENTIAL));
        cell.addElement(new Paragraph(messages.format("print.progress.confidentialHint", data.page().member().fullName()),
                BODY));
        banner.addCell(cell);
        banner.setSpacingAfter(6);
        document.add(banner);

        ReportLayout.heading(document, writer, messages.get("print.progress.notes"));
        List<CoachingNote> notes = data.notes();
        if (notes.isEmpty()) {
            document.add(text(messages.get("print.progress.noNotes"), HINT));
        } else {
            PdfPTable table = table(List.of(messages.get("print.progress.col.date"), messages.get("print.progress.col.by"),
                    messages.get("print.progress.col.note")), 1.2f, 1.8f, 6.5f);
            int i = 0;
            for (CoachingNote n : notes) {
                row(table, i++, messages.shortDate(n.writtenOn()), n.writtenBy(), n.note());
            }
            document.add(table);
        }

        ReportLayout.heading(document, writer, messages.get("print.progress.meetingNotes"));
        List<Meeting> meetings = data.meetingNotes();
        if (meetings.isEmpty()) {
            document.add(text(messages.get("print.progress.noMeetingNotes"), HINT));
        } else {
            PdfPTable table = table(List.of(messages.get("print.progress.col.date"),
                    messages.get("print.progress.col.meeting"), messages.get("print.progress.col.note")), 1.2f, 1.8f, 6.5f);
            int i = 0;
            for (Meeting m : meetings) {
                row(table, i++, messages.shortDate(m.day()), messages.get(m.kind().messageKey()), m.notes());
            }
            document.add(table);
        }
    }
}
