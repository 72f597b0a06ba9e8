package be.dagpuzzel.exchange;

import java.awt.Color;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

import be.dagpuzzel.ui.Messages;

/**
 * Prints a {@link PersonalDataSheet.Sheet} on A4 (OpenPDF): who keeps the data, the title with
 * "GDPR art. 15", the person's name and when it was exported, then a part per table with a small
 * label/value table per row, and which kinds of data hold nothing about them. Every page's foot
 * repeats the name and the page number, so loose pages still say whose they are.
 */
final class PersonalDataPdf {

    private static final Color ACCENT = new Color(47, 111, 94);
    private static final Color RULE = new Color(205, 214, 210);
    private static final Font CENTRE = FontFactory.getFont(FontFactory.HELVETICA, 9, Color.GRAY);
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font NAME = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14, ACCENT);
    private static final Font SUBTITLE = FontFactory.getFont(FontFactory.HELVETICA, 10, new Color(60, 70, 68));
    private static final Font PART = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12, ACCENT);
    private static final Font LABEL = FontFactory.getFont(FontFactory.HELVETICA, 9, new Color(90, 100, 98));
    private static final Font VALUE = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8, Color.GRAY);

    private final Messages messages;

    PersonalDataPdf(Messages messages) {
        this.messages = messages;
    }

    void write(PersonalDataSheet.Sheet sheet, String centreName, OutputStream out) {
        Document document = new Document(PageSize.A4, 42, 42, 36, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Foot(sheet.personName()));
            document.addTitle(messages.get("personal.pdf.title") + " - " + sheet.personName());
            document.addCreator("Dagpuzzel");
            document.open();
            if (!centreName.isBlank()) {
                document.add(new Paragraph(centreName, CENTRE));
            }
            document.add(new Paragraph(messages.get("personal.pdf.title"), TITLE));
            Paragraph name = new Paragraph(sheet.personName(), NAME);
            name.setSpacingBefore(4);
            document.add(name);
            document.add(new Paragraph(messages.format("personal.pdf.subtitle", sheet.personLine(),
                    messages.shortDate(sheet.exportedAt().toLocalDate()),
                    sheet.exportedAt().format(DateTimeFormatter.ofPattern("HH:mm"))), SUBTITLE));
            Paragraph intro = new Paragraph(messages.get("personal.pdf.intro"), SMALL);
            intro.setSpacingBefore(6);
            intro.setSpacingAfter(4);
            document.add(intro);
            List<String> empty = new ArrayList<>();
            for (PersonalDataSheet.Part part : sheet.parts()) {
                if (part.entries().isEmpty()) {
                    empty.add(part.title());
                } else {
                    add(document, part);
                }
            }
            if (!empty.isEmpty()) {
                Paragraph none = new Paragraph(messages.format("personal.pdf.nothingIn", String.join(", ", empty)), SMALL);
                none.setSpacingBefore(12);
                document.add(none);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("the personal data sheet could not be written", e);
        } finally {
            document.close();
        }
    }

    private void add(Document document, PersonalDataSheet.Part part) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {1.1f, 3f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        // the title is the table's header row: never alone at the foot of a page, repeated on the next
        PdfPCell title = new PdfPCell(new Phrase(part.entries().size() == 1 ? part.title()
                : messages.format("personal.pdf.partCount", part.title(), part.entries().size()), PART));
        title.setColspan(2);
        title.setBorder(Rectangle.NO_BORDER);
        title.setPaddingLeft(0);
        title.setPaddingBottom(4);
        table.addCell(title);
        table.setHeaderRows(1);
        boolean first = true;
        for (PersonalDataSheet.Entry entry : part.entries()) {
            List<PersonalDataSheet.Line> shown = entry.lines().stream().filter(l -> !l.inHeading()).toList();
            for (int i = 0; i < shown.size(); i++) {
                boolean top = i == 0 && !first;
                table.addCell(cell(shown.get(i).label(), LABEL, top));
                table.addCell(cell(shown.get(i).text(), VALUE, top));
            }
            first = false;
        }
        document.add(table);
    }

    /** A borderless cell; the first line of every row but the first has a thin rule above it. */
    private static PdfPCell cell(String text, Font font, boolean ruleAbove) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(ruleAbove ? Rectangle.TOP : Rectangle.NO_BORDER);
        cell.setBorderColor(RULE);
        cell.setPaddingTop(ruleAbove ? 5 : 1.5f);
        cell.setPaddingBottom(1.5f);
        cell.setPaddingLeft(0);
        return cell;
    }

    /** The foot of every page: whose data and the page number. */
    private final class Foot extends PdfPageEventHelper {

        private final String name;

        Foot(String name) {
            this.name = name;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Phrase foot = new Phrase(messages.format("personal.pdf.foot", name, writer.getPageNumber()), SMALL);
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, foot,
                    (document.left() + document.right()) / 2, document.bottom() - 24, 0);
        }
    }
}
