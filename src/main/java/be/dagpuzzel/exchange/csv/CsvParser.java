package be.dagpuzzel.exchange.csv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file as a spreadsheet saves it (RFC 4180): UTF-8 with or without a byte order mark;
 * fields separated by semicolons (Excel in Belgium), commas or tabs, whichever the header line
 * uses most (or the separator an Excel "sep=;" first line names); fields in double quotes may hold
 * the separator, line breaks and quotes written twice; lines end in CRLF, LF or CR. Rows with
 * nothing in them are left out.
 * <p>
 * A file that cannot be read as a table is refused with the line of each problem: bytes that are
 * not UTF-8 (a file saved as "CSV (separated by semicolons)" in Windows-1252), a quote that is never
 * closed, text after a closing quote, a row with more or fewer fields than the header.
 */
public final class CsvParser {

    /** More problems than this are counted, not listed: the file needs fixing anyway. */
    public static final int MAX_PROBLEMS = 50;

    private CsvParser() {
    }

    public static CsvTable parse(Path file) throws CsvRefusedException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw CsvRefusedException.of(0, "csv.problem.unreadable", String.valueOf(e.getMessage()));
        }
        return parse(bytes);
    }

    public static CsvTable parse(byte[] bytes) throws CsvRefusedException {
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw CsvRefusedException.of(0, "csv.problem.empty");
        }
        int start = 0;
        int firstLine = 1;
        Character separator = null;
        if (text.regionMatches(true, 0, "sep=", 0, 4) && text.length() > 4 && text.charAt(4) != '\r'
                && text.charAt(4) != '\n') {
            separator = text.charAt(4);
            start = 5;
            while (start < text.length() && text.charAt(start) != '\n' && text.charAt(start) != '\r') {
                start++;
            }
            start = skipLineEnd(text, start);
            firstLine = 2;
        }
        if (separator == null) {
            separator = detectSeparator(text, start);
        }
        List<CsvTable.Row> records = new Tokenizer(text, start, firstLine, separator).records();
        return table(separator, records);
    }

    private static int skipLineEnd(String text, int at) {
        if (at < text.length() && text.charAt(at) == '\r') {
            at++;
        }
        if (at < text.length() && text.charAt(at) == '\n') {
            at++;
        }
        return at;
    }

    /** Strict UTF-8: the first byte that is not names its line. */
    private static String decode(byte[] bytes) throws CsvRefusedException {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw CsvRefusedException.of(0, "csv.problem.utf16");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new CsvRefusedException(List.of(CsvProblem.of(line, "", "csv.problem.notUtf8")));
        }
        out.flip();
        return out.toString();
    }

    /** The separator the header line uses most, outside quotes: semicolon first when counts are equal. */
    static char detectSeparator(String text, int start) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (commas > semicolons && commas >= tabs) {
            return ',';
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return ';';
    }

    private static CsvTable table(char separator, List<CsvTable.Row> records) throws CsvRefusedException {
        if (records.isEmpty()) {
            throw CsvRefusedException.of(0, "csv.problem.empty");
        }
        CsvTable.Row headerRow = records.getFirst();
        List<String> header = new ArrayList<>(headerRow.cells().stream().map(String::strip).toList());
        while (header.size() > 1 && header.getLast().isEmpty()) {
            header.removeLast();
        }
        List<CsvTable.Row> rows = records.subList(1, records.size());
        if (rows.isEmpty()) {
            throw CsvRefusedException.of(0, "csv.problem.noRows");
        }
        List<CsvProblem> problems = new ArrayList<>();
        int more = 0;
        for (CsvTable.Row row : rows) {
            CsvProblem problem = null;
            if (row.cells().size() < header.size()) {
                problem = CsvProblem.of(row.line(), "", "csv.problem.fewerFields", row.cells().size(), header.size(),
                        separatorName(separator));
            } else if (row.cells().subList(header.size(), row.cells().size()).stream().anyMatch(c -> !c.isBlank())) {
                problem = CsvProblem.of(row.line(), "", "csv.problem.moreFields", row.cells().size(), header.size(),
                        separatorName(separator));
            }
            if (problem != null) {
                if (problems.size() < MAX_PROBLEMS) {
                    problems.add(problem);
                } else {
                    more++;
                }
            }
        }
        if (!problems.isEmpty()) {
            if (more > 0) {
                problems.add(CsvProblem.of(0, "", "csv.problem.more", more));
            }
            throw new CsvRefusedException(problems);
        }
        List<CsvTable.Row> trimmed = rows.stream()
                .map(r -> new CsvTable.Row(r.line(), r.cells().subList(0, header.size()))).toList();
        return new CsvTable(separator, header, trimmed);
    }

    /** The separator as a message shows it: ";", "," or "Tab". */
    public static String separatorName(char separator) {
        return separator == '\t' ? "Tab" : String.valueOf(separator);
    }

    /** Splits the text into rows of fields, each with the line it starts on. */
    private static final class Tokenizer {
        private final String text;
        private final char separator;
        private int at;
        private int line;

        Tokenizer(String text, int start, int firstLine, char separator) {
            this.text = text;
            this.at = start;
            this.line = firstLine;
            this.separator = separator;
        }

        List<CsvTable.Row> records() throws CsvRefusedException {
            List<CsvTable.Row> records = new ArrayList<>();
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            int recordLine = line;
            boolean quotedField = false;
            boolean afterQuote = false;
            while (at < text.length()) {
                char c = text.charAt(at);
                if (c == separator) {
                    fields.add(field.toString());
                    field.setLength(0);
                    quotedField = false;
                    afterQuote = false;
                    at++;
                } else if (c == '\r' || c == '\n') {
                    fields.add(field.toString());
                    keep(records, recordLine, fields);
                    fields = new ArrayList<>();
                    field.setLength(0);
                    quotedField = false;
                    afterQuote = false;
                    at = skipLineEnd(text, at);
                    line++;
                    recordLine = line;
                } else if (afterQuote) {
                    if (c != ' ' && c != '\t') {
                        throw CsvRefusedException.of(line, "csv.problem.textAfterQuote", fields.size() + 1);
                    }
                    at++;
                } else if (c == '"' && field.toString().isBlank() && !quotedField) {
                    field.setLength(0);
                    quotedField = true;
                    readQuoted(field);
                    afterQuote = true;
                } else {
                    field.append(c);
                    at++;
                }
            }
            if (!fields.isEmpty() || !field.isEmpty() || quotedField) {
                fields.add(field.toString());
                keep(records, recordLine, fields);
            }
            return records;
        }

        /** From an opening quote to its closing quote; "" is a quote, line breaks become "\n". */
        private void readQuoted(StringBuilder field) throws CsvRefusedException {
            int opened = line;
            at++;
            while (at < text.length()) {
                char c = text.charAt(at);
                if (c == '"') {
                    if (at + 1 < text.length() && text.charAt(at + 1) == '"') {
                        field.append('"');
                        at += 2;
                        continue;
                    }
                    at++;
                    return;
                }
                if (c == '\r' || c == '\n') {
                    at = skipLineEnd(text, at);
                    line++;
                    field.append('\n');
                    continue;
                }
                field.append(c);
                at++;
            }
            throw CsvRefusedException.of(opened, "csv.problem.unclosedQuote");
        }

        private static void keep(List<CsvTable.Row> records, int line, List<String> fields) {
            if (fields.stream().anyMatch(f -> !f.isBlank())) {
                records.add(new CsvTable.Row(line, fields));
            }
        }
    }
}
