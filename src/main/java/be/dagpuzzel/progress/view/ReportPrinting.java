package be.dagpuzzel.progress.view;

import java.nio.file.Path;

/** What the app gives the progress report: the centre's name, where prints go, and how a PDF is opened. */
public interface ReportPrinting {

    String centreName();

    /** The file a print of that name is written to (the prints folder in the data folder). */
    Path printFile(String fileName);

    /** Opens the PDF in the system's viewer, from where it is printed. */
    void open(Path pdf);

    /** Says something in the window's status bar. */
    void tell(String message);
}
