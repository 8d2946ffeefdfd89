package by.egov.academy.identity.internal;

import java.util.Optional;

import by.egov.academy.identity.SiteOperators;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcSiteOperators implements SiteOperators {

    private final JdbcClient jdbc;

    JdbcSiteOperators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Long> operatorOf(long districtId) {
        return jdbc.sql("""
                        select id from account where role = 'SITE_OPERATOR' and territory_id = :t and enabled
                        order by id limit 1
                        """).param("t", districtId).query(Long.class).optional();
    }
}
