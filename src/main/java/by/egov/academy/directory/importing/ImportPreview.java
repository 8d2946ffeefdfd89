package by.egov.academy.directory.importing;

import java.time.Instant;
import java.util.List;

import by.egov.academy.directory.official.OfficialCommand;

/** The validated content of an uploaded file, kept until the user confirms or leaves it. */
record ImportPreview(String id, long accountId, String fileName, Instant createdAt,
                     List<ValidRow> valid, List<InvalidRow> invalid) {

    record ValidRow(int line, OfficialCommand command, String organisationName) {
    }

    /** A problem with one field of one row; the message is a code resolved in the reader's language. */
    record Problem(String column, String code, Object[] args) {
    }

    record InvalidRow(int line, List<String> cells, List<Problem> problems) {
    }

    public int total() {
        return valid.size() + invalid.size();
    }
}
