package by.egov.academy.reporting.synthetic;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code --egov.synthetic.generate=true}: after the migrations (and the first-start admin), fill the database with
 * the national synthetic dataset, print what was loaded and how long it took, and stop — unless
 * {@code --egov.synthetic.keep-running=true}, which serves the application on the data afterwards. A database that
 * already holds the dataset is left as it is.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "egov.synthetic.generate", havingValue = "true")
class SyntheticDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SyntheticDataRunner.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final ConfigurableApplicationContext context;
    private final int divisor;
    private final long seed;
    private final boolean keepRunning;

    SyntheticDataRunner(DataSource dataSource, JdbcClient jdbc, ConfigurableApplicationContext context,
                        @Value("${egov.synthetic.divisor:1}") int divisor, @Value("${egov.synthetic.seed:20160101}") long seed,
                        @Value("${egov.synthetic.keep-running:false}") boolean keepRunning) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.context = context;
        this.divisor = divisor;
        this.seed = seed;
        this.keepRunning = keepRunning;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        int present = jdbc.sql("select count(*) from seminar where illustrative_note = :n")
                .param("n", SyntheticDataset.MARK).query(Integer.class).single();
        if (present > 0) {
            log.info("Synthetic data: already loaded ({} seminars), nothing to do", present);
        } else {
            SyntheticDataset.Scale scale = divisor <= 1 ? SyntheticDataset.Scale.national()
                    : SyntheticDataset.Scale.fraction(divisor, 10);
            SyntheticDataset.Result r = new SyntheticDataset(dataSource, scale, seed).generate();
            // one line a script can read
            log.info("Synthetic data loaded: {} organisations, {} officials, {} seminars, {} invitations, {} attended,"
                            + " {} evidence rows, {} survey responses, {} answers in {} ms ({} cores)",
                    r.organisations(), r.officials(), r.seminars(), r.invitations(), r.attended(), r.evidence(),
                    r.responses(), r.answers(), r.millis(), Runtime.getRuntime().availableProcessors());
        }
        if (!keepRunning) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }
}
