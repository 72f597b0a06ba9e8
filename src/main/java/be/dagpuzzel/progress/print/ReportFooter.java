package be.dagpuzzel.progress.print;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

import be.dagpuzzel.ui.Messages;

/** The foot of every page: whose report and which period on the left, "page 2 of 5" on the right. */
final class ReportFooter extends PdfPageEventHelper {

    private final String left;
    private final Messages messages;
    private PdfTemplate total;

    ReportFooter(String left, Messages messages) {
        this.left = left;
        this.messages = messages;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(30, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        float y = document.bottomMargin() - 22;
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(left, ReportLayout.SMALL), document.leftMargin(),
                y, 0);
        String pageText = messages.format("print.progress.page", writer.getPageNumber());
        float size = ReportLayout.SMALL.getSize();
        float totalX = page.getWidth() - document.rightMargin() - 20;
        float textWidth = ReportLayout.REGULAR.getWidthPoint(pageText, size);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(pageText, ReportLayout.SMALL),
                totalX - textWidth, y, 0);
        canvas.addTemplate(total, totalX, y - 3);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        float size = ReportLayout.SMALL.getSize();
        total.beginText();
        total.setFontAndSize(ReportLayout.REGULAR, size);
        total.setColorFill(ReportLayout.GREY);
        total.setTextMatrix(0, 3);
        total.showText(" " + messages.format("print.progress.ofPages", writer.getPageNumber() - 1));
        total.endText();
    }
}
