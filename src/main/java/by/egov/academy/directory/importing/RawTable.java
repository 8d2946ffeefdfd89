package by.egov.academy.directory.importing;

import java.util.List;

/** A file's rows as text, before any meaning is given to them; line numbers as the user sees them. */
record RawTable(List<String> header, List<RawRow> rows) {

    record RawRow(int line, List<String> cells) {
        String cell(int index) {
            // POI turns _x0000_ into NUL; no control character may reach the database
            return index < 0 || index >= cells.size() ? "" : by.egov.academy.platform.InputHygiene.clean(cells.get(index)).strip();
        }
    }
}
