package be.dagpuzzel.progress.print;

import java.awt.Color;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/** The type, colours and table building blocks of the progress report (A4 portrait). */
final class ReportLayout {

    static final Color GREEN = new Color(47, 111, 94);
    static final Color GREY = new Color(90, 90, 90);
    static final Color RED = new Color(160, 30, 30);
    static final Color ZEBRA = new Color(242, 245, 244);
    static final Color CONFIDENTIAL_BACKGROUND = new Color(253, 240, 238);

    static final BaseFont REGULAR = FontsHolder.base(BaseFont.HELVETICA);
    static final BaseFont BOLD = FontsHolder.base(BaseFont.HELVETICA_BOLD);
    static final BaseFont ITALIC = FontsHolder.base(BaseFont.HELVETICA_OBLIQUE);

    static final Font TITLE = new Font(BOLD, 18, Font.NORMAL, Color.BLACK);
    static final Font SUBTITLE = new Font(REGULAR, 11, Font.NORMAL, GREY);
    static final Font SECTION = new Font(BOLD, 13, Font.NORMAL, GREEN);
    static final Font SUBSECTION = new Font(BOLD, 10.5f, Font.NORMAL, Color.BLACK);
    static final Font BODY = new Font(REGULAR, 9.5f, Font.NORMAL, Color.BLACK);
    static final Font BODY_BOLD = new Font(BOLD, 9.5f, Font.NORMAL, Color.BLACK);
    static final Font HINT = new Font(ITALIC, 9, Font.NORMAL, GREY);
    static final Font ALERT = new Font(BOLD, 9.5f, Font.NORMAL, RED);
    static final Font HEAD = new Font(BOLD, 9, Font.NORMAL, Color.WHITE);
    static final Font SMALL = new Font(REGULAR, 8, Font.NORMAL, GREY);
    static final Font CONFIDENTIAL = new Font(BOLD, 16, Font.NORMAL, RED);

    private final NumberFormat hours;

    ReportLayout(Locale locale) {
        hours = NumberFormat.getNumberInstance(locale);
        hours.setMinimumFractionDigits(0);
        hours.setMaximumFractionDigits(1);
    }

    /** Minutes as hours with at most one decimal, in the user's way ("12,5"). */
    String hours(int minutes) {
        return hours.format(minutes / 60.0);
    }

    String hours(BigDecimal value) {
        return hours.format(value);
    }

    /** Room a heading needs below it on the page, so that it never stands alone at the foot of a page. */
    private static final float HEADING_ROOM = 110;

    /** A section's heading, on a new page when too little room is left for what follows it. */
    static void heading(org.openpdf.text.Document document, org.openpdf.text.pdf.PdfWriter writer, String title) {
        if (writer.getVerticalPosition(true) - document.bottom() < HEADING_ROOM) {
            document.newPage();
        }
        document.add(section(title));
    }

    static Paragraph section(String title) {
        Paragraph p = new Paragraph(title, SECTION);
        p.setSpacingBefore(6);
        p.setSpacingAfter(3);
        p.setKeepTogether(true);
        return p;
    }

    static Paragraph text(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingAfter(3);
        return p;
    }

    /** A table over the page's width with a green header row that is repeated on a new page. */
    static PdfPTable table(List<String> headers, float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(2);
        table.setSpacingAfter(4);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, HEAD));
            cell.setBackgroundColor(GREEN);
            cell.setBorderColor(GREEN);
            cell.setPadding(4);
            table.addCell(cell);
        }
        return table;
    }

    /** A row of plain cells, shaded every other row. */
    static void row(PdfPTable table, int index, String... texts) {
        for (String text : texts) {
            table.addCell(cell(text, BODY, index));
        }
    }

    static PdfPCell cell(String text, Font font, int index) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        cell.setBorderColor(new Color(200, 205, 203));
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        if (index % 2 == 1) {
            cell.setBackgroundColor(ZEBRA);
        }
        return cell;
    }

    static PdfPCell right(PdfPCell cell) {
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    /** Label and value pairs without lines: the facts at the top of the report and of a section. */
    static PdfPTable facts(List<String[]> pairs) {
        PdfPTable table = new PdfPTable(new float[] {1.3f, 4.2f});
        table.setWidthPercentage(100);
        table.setSpacingAfter(4);
        for (String[] pair : pairs) {
            PdfPCell label = new PdfPCell(new Phrase(pair[0], BODY_BOLD));
            PdfPCell value = new PdfPCell(new Phrase(pair[1], pair.length > 2 ? ALERT : BODY));
            for (PdfPCell c : List.of(label, value)) {
                c.setBorder(Rectangle.NO_BORDER);
                c.setPaddingTop(1.5f);
                c.setPaddingBottom(1.5f);
                table.addCell(c);
            }
        }
        return table;
    }

    /** Loads the standard PDF fonts once (they need no files). */
    private static final class FontsHolder {
        static BaseFont base(String name) {
            try {
                return BaseFont.createFont(name, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
