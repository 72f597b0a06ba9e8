package be.dagpuzzel.exchange.csv;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes a table as a Belgian Excel opens it with a double click: UTF-8 with a byte order mark (or
 * "é" shows as "Ã©"), semicolons between fields, CRLF line ends, numbers with a decimal comma and
 * dates as 27/11/2026. Fields with a semicolon, quote or line break go between quotes.
 */
public final class CsvWriter {

    public static final char SEPARATOR = ';';
    private static final String BOM = "\uFEFF";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private CsvWriter() {
    }

    /** The whole file as bytes. */
    public static byte[] bytes(List<List<String>> rows) {
        StringBuilder out = new StringBuilder(BOM);
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(SEPARATOR);
                }
                out.append(quoted(row.get(i)));
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes the rows to {@code file} through a ".part" file, so a failure never leaves half a file
     * under the real name; a folder that does not exist yet is made. Returns the file written.
     */
    public static Path write(Path file, List<List<String>> rows) throws IOException {
        byte[] bytes = bytes(rows);
        return be.dagpuzzel.core.AtomicFile.write(file, out -> out.write(bytes));
    }

    static String quoted(String cell) {
        String s = cell == null ? "" : cell;
        boolean needs = s.indexOf(SEPARATOR) >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0
                || s.indexOf('\r') >= 0 || (!s.isEmpty() && (s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' '));
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    /** 7.5 as "7,5", 8 as "8": at most two decimals, the comma Excel in Belgium reads. */
    public static String number(BigDecimal value) {
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        if (rounded.scale() < 0) {
            rounded = rounded.setScale(0);
        }
        return rounded.toPlainString().replace('.', ',');
    }

    /** Minutes as hours: 450 as "7,5". */
    public static String hours(long minutes) {
        return number(BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP));
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /**
     * Text as a cell: one that starts like a formula (=, +, -, @) gets an apostrophe in front, so a
     * name or note can never run as a formula in the spreadsheet.
     */
    public static String text(String value) {
        String s = value == null ? "" : value;
        return !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }
}
