package be.dagpuzzel.exchange.csv;

import java.util.List;

/**
 * A CSV file read as a table: the separator found on the header line, the header's cells, and the
 * rows below it (rows with nothing in them left out), each with the line it starts on.
 */
public record CsvTable(char separator, List<String> header, List<Row> rows) {

    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** One row: the line in the file where it starts (a quoted field may span lines) and its cells. */
    public record Row(int line, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell of column {@code index}, "" where the row has none. */
        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }

    /** The header of column {@code index} as shown to the user: its text, or "column 3" when it has none. */
    public String columnName(int index) {
        String name = index < header.size() ? header.get(index).strip() : "";
        return name.isEmpty() ? "#" + (index + 1) : name;
    }
}
