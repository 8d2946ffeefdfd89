package by.egov.academy.audit.internal;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;

/** Replaces Boot's transaction manager by one that hands the audit triggers the actor and the address. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource,
                                              ObjectProvider<TransactionManagerCustomizers> customizers) {
        AuditingTransactionManager manager = new AuditingTransactionManager(dataSource);
        customizers.ifAvailable(c -> c.customize(manager));
        return manager;
    }
}
