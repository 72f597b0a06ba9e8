package be.dagpuzzel.transport.print;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPCellEvent;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

import be.dagpuzzel.transport.MobilityAid;
import be.dagpuzzel.transport.RunDirection;
import be.dagpuzzel.ui.Messages;

/**
 * The driver's route sheets: one or more A4 landscape pages per run with the stops in order, boxes
 * to tick (picked up / absent), room for the actual times, the kilometres and a signature, and who
 * is not coming today. Only what the records give: no health data beyond the mobility aid and the
 * driver's note. Landscape because the twelve columns of the normal sheet do not fit a portrait
 * page at a readable size without breaking words and phone numbers. The large-print variant (body
 * type 14 pt and more) keeps every stop and drops the columns a driver can do without.
 */
public final class RouteSheet {

    private static final BaseFont REGULAR = baseFont(BaseFont.HELVETICA);
    private static final BaseFont BOLD = baseFont(BaseFont.HELVETICA_BOLD);
    private static final Color HEADER_BACKGROUND = new Color(47, 111, 94);
    private static final Color GREY = new Color(90, 90, 90);
    private static final Color ZEBRA = new Color(242, 245, 244);
    /** A4 landscape as a wide media box, not a portrait page turned by /Rotate. */
    private static final Rectangle LANDSCAPE = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** The type sizes and spaces of one variant. */
    private record Style(Font title, Font subtitle, Font label, Font body, Font bodyBold, Font strong, Font head,
            Font small, float squareSize, float rowHeight, float lineHeight, float padding) {

        static Style normal() {
            return new Style(font(BOLD, 16, Color.BLACK), font(REGULAR, 11, GREY), font(REGULAR, 10, GREY),
                    font(REGULAR, 10, Color.BLACK), font(BOLD, 10, Color.BLACK), font(BOLD, 10, Color.BLACK),
                    font(BOLD, 8.5f, Color.WHITE),
                    font(REGULAR, 8, GREY), 10, 24, 20, 3);
        }

        static Style large() {
            return new Style(font(BOLD, 22, Color.BLACK), font(REGULAR, 15, GREY), font(REGULAR, 14, GREY),
                    font(REGULAR, 14, Color.BLACK), font(BOLD, 16, Color.BLACK), font(BOLD, 15, Color.BLACK),
                    font(BOLD, 14, Color.WHITE),
                    font(REGULAR, 10, GREY), 18, 40, 26, 5);
        }
    }

    private final Messages messages;

    public RouteSheet(Messages messages) {
        this.messages = messages;
    }

    /**
     * Writes the sheets of {@code sheets} as one PDF to {@code out}, each run from a new page. No
     * runs gives one page that says so.
     */
    public void write(List<RouteSheetData> sheets, boolean largePrint, LocalDateTime printedAt, OutputStream out) {
        Style style = largePrint ? Style.large() : Style.normal();
        Document document = new Document(LANDSCAPE, 28, 28, 36, 36);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            PageMarks marks = new PageMarks(messages.format("print.printedAt", printedAt.format(PRINTED)), style);
            writer.setPageEvent(marks);
            document.addTitle(sheets.isEmpty() ? messages.get("print.route.noRuns")
                    : messages.format("print.route.docTitle", sheets.get(0).date() == null ? ""
                            : messages.longDate(sheets.get(0).date())));
            document.addCreator("Dagpuzzel");
            document.open();
            if (sheets.isEmpty()) {
                document.add(new Paragraph(messages.get("print.route.noRuns"), style.title()));
            }
            for (int i = 0; i < sheets.size(); i++) {
                if (i > 0) {
                    document.newPage();
                }
                RouteSheetData sheet = sheets.get(i);
                String run = date(sheet).isEmpty() ? heading(sheet) : heading(sheet) + " — " + date(sheet);
                marks.startRun(writer, messages.format("print.route.continued", run));
                writeRun(document, sheet, style, largePrint);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("the route sheet could not be written", e);
        } finally {
            document.close();
        }
    }

    private void writeRun(Document document, RouteSheetData sheet, Style style, boolean largePrint)
            throws DocumentException {
        document.add(new Paragraph(heading(sheet), style.title()));
        String subtitle = date(sheet) + (text(sheet.centreName()).isEmpty() ? "" : " · " + text(sheet.centreName()));
        Paragraph sub = new Paragraph(subtitle, style.subtitle());
        sub.setSpacingAfter(style.padding() * 2);
        document.add(sub);
        document.add(facts(sheet, style));
        List<SheetStop> stops = sheet.stops() == null ? List.of() : sheet.stops();
        document.add(largePrint ? largeStops(sheet.direction(), stops, style) : stops(sheet.direction(), stops, style));
        document.add(closing(sheet, style, largePrint));
    }

    private String heading(RouteSheetData sheet) {
        String run = text(sheet.runName());
        return sheet.direction() == null ? run : run + " — " + messages.get(sheet.direction().messageKey());
    }

    private String date(RouteSheetData sheet) {
        return sheet.date() == null ? "" : messages.longDate(sheet.date());
    }

    /** Driver, companion, vehicle, departure and arrival in two lines; a blank line where nobody is known. */
    private PdfPTable facts(RouteSheetData sheet, Style style) {
        PdfPTable table = new PdfPTable(new float[] {1.0f, 2.0f, 0.9f, 2.3f, 1.9f, 0.7f});
        table.setWidthPercentage(100);
        String vehicle = text(sheet.vehicleName());
        String plate = text(sheet.vehiclePlate());
        if (!plate.isEmpty()) {
            vehicle = vehicle.isEmpty() ? plate : vehicle + " (" + plate + ")";
        }
        String arrival = sheet.direction() == null ? "print.route.arrival.MORNING"
                : "print.route.arrival." + sheet.direction().name();
        table.addCell(label(messages.get("print.route.driver"), style));
        table.addCell(answer(text(sheet.driver()), style));
        table.addCell(label(messages.get("print.route.vehicle"), style));
        table.addCell(answer(vehicle, style));
        table.addCell(label(messages.get("print.route.departure"), style));
        table.addCell(answer(time(sheet.departure()), style));
        table.addCell(label(messages.get("print.route.companion"), style));
        table.addCell(answer(text(sheet.companion()), style));
        table.addCell(label("", style));
        table.addCell(label("", style));
        table.addCell(label(messages.get(arrival), style));
        table.addCell(answer(time(sheet.arrival()), style));
        table.setSpacingAfter(style.padding() * 3);
        return table;
    }

    /** The full table: every fact a column, with room to tick and to write the actual time. */
    private PdfPTable stops(RunDirection direction, List<SheetStop> stops, Style style) {
        // widths in points, adding up to the 786 pt between the margins, so that headings and
        // times do not break inside a word at these type sizes
        PdfPTable table = new PdfPTable(new float[] {22, 38, 96, 134, 74, 92, 34, 42, 114, 50, 42, 48});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String key : List.of("number", "time", "name", "address", "phone", "aid", "load", "door", "note")) {
            table.addCell(head(messages.get("print.route.col." + key), style));
        }
        table.addCell(head(messages.get(doneKey(direction)), style));
        table.addCell(head(messages.get("print.route.col.absent"), style));
        table.addCell(head(messages.get("print.route.col.actual"), style));
        if (stops.isEmpty()) {
            table.addCell(noStops(12, style));
        }
        for (int i = 0; i < stops.size(); i++) {
            SheetStop stop = stops.get(i);
            Color background = i % 2 == 1 ? ZEBRA : null;
            table.addCell(cell(new Phrase(String.valueOf(stop.number()), style.body()), style, background));
            table.addCell(cell(new Phrase(time(stop.plannedTime()), style.bodyBold()), style, background));
            table.addCell(cell(new Phrase(text(stop.name()), style.bodyBold()), style, background));
            table.addCell(cell(new Phrase(text(stop.address()), style.body()), style, background));
            table.addCell(cell(new Phrase(text(stop.phone()), style.body()), style, background));
            table.addCell(cell(new Phrase(aid(stop.aid()), style.body()), style, background));
            table.addCell(cell(new Phrase(stop.loadMinutes() > 0 ? String.valueOf(stop.loadMinutes()) : "",
                    style.body()), style, background));
            table.addCell(cell(new Phrase(stop.doorToDoor() ? messages.get("print.route.yes") : "", style.strong()),
                    style, background));
            table.addCell(cell(new Phrase(text(stop.driverNote()), style.body()), style, background));
            table.addCell(square(style, background));
            table.addCell(square(style, background));
            table.addCell(cell(new Phrase("", style.body()), style, background));
        }
        return table;
    }

    /** Large print: the time, who and where, what they need, and the boxes to tick. */
    private PdfPTable largeStops(RunDirection direction, List<SheetStop> stops, Style style) {
        PdfPTable table = new PdfPTable(new float[] {36, 56, 284, 236, 92, 82});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String key : List.of("number", "time", "nameAddress", "aidNote")) {
            table.addCell(head(messages.get("print.route.col." + key), style));
        }
        table.addCell(head(messages.get(doneKey(direction)), style));
        table.addCell(head(messages.get("print.route.col.absent"), style));
        if (stops.isEmpty()) {
            table.addCell(noStops(6, style));
        }
        for (int i = 0; i < stops.size(); i++) {
            SheetStop stop = stops.get(i);
            Color background = i % 2 == 1 ? ZEBRA : null;
            table.addCell(cell(new Phrase(String.valueOf(stop.number()), style.body()), style, background));
            table.addCell(cell(new Phrase(time(stop.plannedTime()), style.bodyBold()), style, background));
            Paragraph who = new Paragraph(text(stop.name()), style.bodyBold());
            if (!text(stop.phone()).isEmpty()) {
                who.add(new Phrase("   " + text(stop.phone()), style.body()));
            }
            lines(who, style.body(), text(stop.address()));
            table.addCell(cell(who, style, background));
            Paragraph needs = new Paragraph("", style.body());
            lines(needs, style.strong(), aid(stop.aid()), stop.doorToDoor() ? messages.get("print.route.doorHelp") : "");
            lines(needs, style.body(), text(stop.driverNote()));
            table.addCell(cell(needs, style, background));
            table.addCell(square(style, background));
            table.addCell(square(style, background));
        }
        return table;
    }

    /** Adds each non-empty text as a line of its own. */
    private static void lines(Paragraph paragraph, Font font, String... texts) {
        for (String t : texts) {
            if (!t.isEmpty()) {
                paragraph.add(new Phrase((paragraph.isEmpty() ? "" : "\n") + t, font));
            }
        }
    }

    private String doneKey(RunDirection direction) {
        return "print.route.col.done." + (direction == null ? RunDirection.MORNING : direction).name();
    }

    private PdfPCell noStops(int columns, Style style) {
        PdfPCell none = cell(new Phrase(messages.get("print.route.noStops"), style.bodyBold()), style, null);
        none.setColspan(columns);
        none.setPadding(style.padding() * 3);
        return none;
    }

    /**
     * Who is not coming, the kilometres and the signature, kept together on one page: on one line
     * in normal print, on two in large print.
     */
    private PdfPTable closing(RouteSheetData sheet, Style style, boolean largePrint) {
        PdfPTable table = new PdfPTable(largePrint ? new float[] {1.6f, 1.6f, 1.6f, 1.6f}
                : new float[] {1.2f, 1.4f, 1.2f, 1.4f, 1.6f, 3.2f});
        int columns = table.getNumberOfColumns();
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        table.setSpacingBefore(style.padding() * 3);
        List<String> absent = sheet.notComingToday() == null ? List.of() : sheet.notComingToday();
        String names = absent.isEmpty() ? messages.get("print.route.nobody")
                : String.join(", ", absent.stream().map(RouteSheet::text).toList());
        Paragraph notComing = new Paragraph(messages.get("print.route.notComing") + " ", style.bodyBold());
        notComing.add(new Phrase(names, style.body()));
        PdfPCell list = new PdfPCell(notComing);
        list.setColspan(columns);
        list.setBorder(Rectangle.NO_BORDER);
        list.setPadding(style.padding());
        list.setPaddingBottom(style.padding() * 3);
        table.addCell(list);
        int column = 0;
        for (String key : List.of("print.route.kmStart", "print.route.kmEnd", "print.route.signature")) {
            table.addCell(label(messages.get(key), style));
            PdfPCell line = answer("", style);
            line.setMinimumHeight(style.lineHeight() * 1.5f);
            if (key.endsWith("signature")) {
                line.setColspan(columns - column - 1); // the signature line fills the rest of its row
            }
            table.addCell(line);
            column = (column + 2) % columns;
        }
        return table;
    }

    private static PdfPCell head(String text, Style style) {
        PdfPCell cell = new PdfPCell(new Phrase(text, style.head()));
        cell.setBackgroundColor(HEADER_BACKGROUND);
        cell.setPadding(style.padding());
        cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
        return cell;
    }

    private static PdfPCell cell(Phrase content, Style style, Color background) {
        PdfPCell cell = new PdfPCell(content);
        cell.setPadding(style.padding());
        cell.setPaddingBottom(style.padding() * 1.7f);
        cell.setLeading(0, 1.15f);
        cell.setUseAscender(true);
        cell.setMinimumHeight(style.rowHeight());
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }

    private static PdfPCell label(String text, Style style) {
        PdfPCell cell = new PdfPCell(new Phrase(text, style.label()));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(style.padding());
        cell.setMinimumHeight(style.lineHeight());
        cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
        return cell;
    }

    /** A known value, or an empty line to write on. */
    private static PdfPCell answer(String text, Style style) {
        PdfPCell cell = new PdfPCell(new Phrase(text, style.bodyBold()));
        cell.setBorder(text.isEmpty() ? Rectangle.BOTTOM : Rectangle.NO_BORDER);
        cell.setBorderColor(GREY);
        cell.setPadding(style.padding());
        cell.setMinimumHeight(style.lineHeight());
        cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
        return cell;
    }

    /** An empty cell with a small empty square in the middle, to tick by hand. */
    private static PdfPCell square(Style style, Color background) {
        PdfPCell cell = cell(new Phrase(""), style, background);
        float size = style.squareSize();
        cell.setCellEvent((PdfPCellEvent) (c, position, canvases) -> {
            PdfContentByte canvas = canvases[PdfPTable.LINECANVAS];
            canvas.saveState();
            canvas.setLineWidth(0.9f);
            canvas.rectangle((position.getLeft() + position.getRight() - size) / 2,
                    (position.getTop() + position.getBottom() - size) / 2, size, size);
            canvas.stroke();
            canvas.restoreState();
        });
        return cell;
    }

    private String aid(MobilityAid aid) {
        return aid == null || aid == MobilityAid.NONE ? "" : messages.get(aid.messageKey());
    }

    private static String time(LocalTime time) {
        return time == null ? "" : time.format(TIME);
    }

    /**
     * The text as the sheet's font can print it. Helvetica knows only the Western European letters
     * (Windows-1252) and would silently drop others, turning "Ayşe Yılmaz" into "Aye Ylmaz" on the
     * driver's sheet: a letter it lacks is printed as its base letter ("Ayse Yilmaz") instead.
     */
    static String text(String text) {
        if (text == null) {
            return "";
        }
        String stripped = text.strip();
        if (stripped.chars().allMatch(REGULAR::charExists)) {
            return stripped;
        }
        StringBuilder printable = new StringBuilder(stripped.length());
        stripped.codePoints().forEach(c -> {
            if (REGULAR.charExists(c)) {
                printable.appendCodePoint(c);
                return;
            }
            String base = switch (c) {
                case 'ı' -> "i";
                case 'ł' -> "l";
                case 'Ł' -> "L";
                case 'đ' -> "d";
                case 'Đ' -> "D";
                case 'ħ' -> "h";
                default -> Normalizer.normalize(Character.toString(c), Normalizer.Form.NFD).codePoints()
                        .filter(REGULAR::charExists).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                                StringBuilder::append).toString();
            };
            printable.append(base.isEmpty() ? "?" : base);
        });
        return printable.toString();
    }

    private static Font font(BaseFont base, float size, Color color) {
        return new Font(base, size, Font.NORMAL, color);
    }

    private static BaseFont baseFont(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The footer on every page (printed at, and "sheet x of y" counted per run, since each run's
     * pages go to another driver) and, on a run's second and later pages, a line saying which run
     * they continue.
     */
    private final class PageMarks extends PdfPageEventHelper {

        private final String printed;
        private final Style style;
        private String continued;
        private PdfTemplate total;
        private int pagesOfRun;

        PageMarks(String printed, Style style) {
            this.printed = printed;
            this.style = style;
        }

        /** Call on the first page of a run, after the page of the previous run was ended. */
        void startRun(PdfWriter writer, String continuedLine) {
            finishRun();
            continued = continuedLine;
            pagesOfRun = 0;
            Font font = style.small();
            total = writer.getDirectContent().createTemplate(font.getBaseFont().getWidthPoint("0000", font.getSize()),
                    font.getSize() * 1.5f);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            Font font = style.small();
            Rectangle page = document.getPageSize();
            float left = document.left();
            float right = document.right();
            float footerY = document.bottom() - font.getSize() * 2;
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(printed, font), left, footerY, 0);
            if (total == null) {
                return;
            }
            pagesOfRun++;
            String marker = "\u0000";
            String[] parts = messages.format("print.route.page", pagesOfRun, marker).split(marker, -1);
            String before = parts[0];
            String after = parts.length > 1 ? parts[1] : "";
            BaseFont base = font.getBaseFont();
            float size = font.getSize();
            float x = right - base.getWidthPoint(before, size) - total.getWidth() - base.getWidthPoint(after, size);
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(before, font), x, footerY, 0);
            canvas.addTemplate(total, x + base.getWidthPoint(before, size), footerY - size * 0.3f);
            if (!after.isEmpty()) {
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(after, font),
                        x + base.getWidthPoint(before, size) + total.getWidth(), footerY, 0);
            }
            if (pagesOfRun > 1) {
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(continued, style.label()), left,
                        page.getHeight() - document.topMargin() + style.label().getSize() * 0.8f, 0);
            }
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            finishRun();
        }

        /** Writes the page count of the run that just ended into its footers. */
        private void finishRun() {
            if (total == null) {
                return;
            }
            Font font = style.small();
            total.beginText();
            total.setFontAndSize(font.getBaseFont(), font.getSize());
            total.setColorFill(GREY);
            total.setTextMatrix(0, font.getSize() * 0.3f);
            total.showText(String.valueOf(pagesOfRun));
            total.endText();
            total = null;
        }
    }
}
