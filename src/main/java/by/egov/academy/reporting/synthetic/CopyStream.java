package by.egov.academy.reporting.synthetic;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Rows streamed into one table with COPY (text format), written as they are generated: the generator never holds a
 * big table in memory, and PostgreSQL parses one buffer while the next is being made.
 */
final class CopyStream implements AutoCloseable {

    private static final int FLUSH_AT = 1 << 20;

    private final CopyManager manager;
    private final String sql;
    private final boolean deferred;
    private final StringBuilder buffer = new StringBuilder(4096);
    private CopyIn copy;
    private boolean first = true;
    private long rows;

    /** A big table: rows go out as the buffer fills, so no other COPY may run on the connection meanwhile. */
    CopyStream(CopyManager manager, String table, String columns) {
        this(manager, table, columns, false);
    }

    /**
     * {@code deferred}: a small table kept in memory and sent at {@link #close()}, so that several of them can be
     * written side by side (one connection runs one COPY at a time).
     */
    CopyStream(CopyManager manager, String table, String columns, boolean deferred) {
        this.manager = manager;
        this.sql = "copy " + table + " (" + columns + ") from stdin";
        this.deferred = deferred;
    }

    CopyStream l(long value) {
        sep();
        buffer.append(value);
        return this;
    }

    CopyStream b(boolean value) {
        sep();
        buffer.append(value ? 't' : 'f');
        return this;
    }

    CopyStream nul() {
        sep();
        buffer.append("\\N");
        return this;
    }

    /** Text, escaped for COPY's text format (backslash, tab, newline, carriage return). */
    CopyStream s(String value) {
        if (value == null) {
            return nul();
        }
        sep();
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(ch);
            }
        }
        return this;
    }

    void end() throws SQLException {
        buffer.append('\n');
        first = true;
        rows++;
        if (!deferred && buffer.length() >= FLUSH_AT) {
            flush();
        }
    }

    private void sep() {
        if (!first) {
            buffer.append('\t');
        }
        first = false;
    }

    private void flush() throws SQLException {
        if (copy == null) {
            copy = manager.copyIn(sql);
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws SQLException {
        flush();
        copy.endCopy();
    }
}
