package by.egov.academy.directory.importing;

import java.util.List;

/** A file's rows as text, before any meaning is given to them; line numbers as the user sees them. */
record RawTable(List<String> header, List<RawRow> rows) {

    record RawRow(int line, List<String> cells) {
        String cell(int index) {
            return index < 0 || index >= cells.size() ? "" : cells.get(index).strip();
        }
    }
}
