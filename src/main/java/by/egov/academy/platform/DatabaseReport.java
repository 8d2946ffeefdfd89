package by.egov.academy.platform;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says in the log which database the running product uses, so an operator never has to guess. */
@Component
class DatabaseReport {

    private static final Logger log = LoggerFactory.getLogger(DatabaseReport.class);

    private final DataSource dataSource;

    DatabaseReport(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData md = c.getMetaData();
            log.info("Database in use: {} {} at {} as {}", md.getDatabaseProductName(),
                    md.getDatabaseProductVersion(), md.getURL(), md.getUserName());
        } catch (Exception e) {
            log.warn("Database in use: could not be described: {}", e.getMessage());
        }
    }
}
