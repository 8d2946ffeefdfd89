package by.egov.academy.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the product under the {@code egov} prefix; see the README's configuration section.
 */
@ConfigurationProperties("egov")
public record EgovProperties(
        @DefaultValue Database database,
        @DefaultValue Admin admin,
        @DefaultValue Api api,
        @DefaultValue Demo demo) {

    /** Embedded PostgreSQL; ignored when {@code spring.datasource.url} points at an external server. */
    public record Database(@DefaultValue("./data/postgres") Path dataDir, @DefaultValue("0") int port,
                           @DefaultValue("false") boolean cleanOnStart) {
    }

    /** Password of the first programme-office account; when blank, a one-time password is printed. */
    public record Admin(@DefaultValue("") String password) {
    }

    /** {@code docsPublic}: the OpenAPI description and Swagger UI open without signing in (default: signed in). */
    public record Api(@DefaultValue("true") boolean basicAuthEnabled, @DefaultValue("false") boolean docsPublic) {
    }

    public record Demo(@DefaultValue("true") boolean enabled, @DefaultValue("") String password) {
    }
}
