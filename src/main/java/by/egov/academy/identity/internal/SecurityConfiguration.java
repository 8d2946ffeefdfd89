package by.egov.academy.identity.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import by.egov.academy.platform.DatabaseOutage;
import by.egov.academy.platform.EgovProperties;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String[] PUBLIC_PAGES = {
            "/", "/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error",
            "/actuator/health", "/actuator/health/**", "/programme", "/cycles/**", "/seminars/**", "/calendar/**", "/rsvp/**", "/certificates/*",
            "/news", "/news/**", "/badges/**", "/competences/*", "/my-record/**", "/account/activate/*"};

    /** The API's description and Swagger UI: for signed-in users unless {@code egov.api.docs-public}. */
    static final String[] API_DOCS = {"/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui/**",
            "/swagger-ui.html"};

    /**
     * No inline script, no plugin, no framing, forms only to ourselves. htmx runs from its own file; its inline
     * indicator style is switched off in the layout.
     */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
    /** Swagger UI styles its own elements inline; it gets that, and still no inline script. */
    static final String CSP_SWAGGER = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    /** Failed and successful sign-ins become events; the sign-in throttle counts them. */
    @Bean
    org.springframework.security.authentication.AuthenticationEventPublisher authenticationEventPublisher(
            org.springframework.context.ApplicationEventPublisher publisher) {
        return new org.springframework.security.authentication.DefaultAuthenticationEventPublisher(publisher);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The one way to sign in with a password (form and HTTP Basic): throttled inside, whatever the URL. */
    @Bean
    AuthenticationProvider passwordAuthentication(AccountDetailsService accounts, PasswordEncoder encoder,
                                                  SignInThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        return new ThrottledAuthenticationProvider(passwords, throttle);
    }

    /**
     * Prometheus scrapes: a programme-office session or the scrape credential (EGOV_METRICS_TOKEN); anyone else
     * gets 401 (a signed-in account of another role 403), never a redirect to the sign-in page.
     */
    @Bean
    @Order(0)
    SecurityFilterChain metricsChain(HttpSecurity http, AccountRepository accounts,
                                     @org.springframework.beans.factory.annotation.Value("${egov.metrics.token:}") String token)
            throws Exception {
        AuthenticationEntryPoint unauthorized = (req, res, ex) -> {
            res.setHeader("WWW-Authenticate", "Bearer realm=\"EGov Academy metrics\"");
            res.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        };
        http.addFilterAfter(new AccountStateFilter(accounts),
                        org.springframework.security.web.context.SecurityContextHolderFilter.class)
                .securityMatcher("/actuator/prometheus")
                .authorizeHttpRequests(a -> a.anyRequest().hasAnyAuthority("ROLE_PROGRAMME_OFFICE", MetricsScrapeFilter.AUTHORITY))
                .addFilterBefore(new MetricsScrapeFilter(token), BasicAuthenticationFilter.class)
                .requestCache(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized));
        return http.build();
    }

    /** The REST API: session, HTTP Basic (switchable) or a personal Bearer token; answers in JSON, never redirects. */
    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, EgovProperties properties, AccountRepository accounts,
                                 org.springframework.context.MessageSource messages) throws Exception {
        // the API speaks the caller's Accept-Language among ru, be, en (Russian otherwise)
        java.util.function.Function<jakarta.servlet.http.HttpServletRequest, java.util.Locale> locale = req -> {
            String header = req.getHeader("Accept-Language");
            try {
                java.util.Locale best = header == null ? null : java.util.Locale.lookup(
                        java.util.Locale.LanguageRange.parse(header), by.egov.academy.platform.LocaleConfiguration.SUPPORTED);
                return best == null ? by.egov.academy.platform.LocaleConfiguration.RUSSIAN : best;
            } catch (IllegalArgumentException e) {
                return by.egov.academy.platform.LocaleConfiguration.RUSSIAN;
            }
        };
        AuthenticationEntryPoint unauthorized = (req, res, ex) -> {
            if (DatabaseOutage.isCause(ex)) { // the credentials could not be checked: not the caller's fault
                res.setHeader("Retry-After", "60");
                problem(res, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Service Unavailable",
                        messages.getMessage("error.503", null, locale.apply(req)), false);
                return;
            }
            if (ex instanceof SignInBlockedException blocked) {
                res.setHeader("Retry-After", String.valueOf(blocked.retryAfterSeconds()));
                problem(res, 429, "Too Many Requests",
                        messages.getMessage("login.blocked", new Object[]{blocked.minutes()}, locale.apply(req)), false);
                return;
            }
            problem(res, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                    messages.getMessage("error.401", null, locale.apply(req)), properties.api().basicAuthEnabled());
        };
        AccessDeniedHandler forbidden = (req, res, ex) ->
                problem(res, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                        messages.getMessage("error.403", null, locale.apply(req)), false);
        http.addFilterAfter(new AccountStateFilter(accounts),
                        org.springframework.security.web.context.SecurityContextHolderFilter.class)
                .securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, "/api/v1/territories", "/api/v1/territories/**",
                                "/api/v1/seminars", "/api/v1/seminars/**").permitAll()
                        .anyRequest().authenticated())
                // a script with credentials in a header is not a browser that a forged form could drive; such a
                // call is then authenticated by its header only, never by the session cookie it may also carry
                .csrf(c -> c.ignoringRequestMatchers(HeaderCredentialsOnly::carriesCredentials))
                .securityContext(c -> c.securityContextRepository(new HeaderCredentialsOnly()))
                .addFilterBefore(new ApiTokenAuthenticationFilter(accounts, unauthorized), BasicAuthenticationFilter.class)
                .headers(SecurityConfiguration::headers)
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden));
        if (properties.api().basicAuthEnabled()) {
            http.httpBasic(b -> b.authenticationEntryPoint(unauthorized));
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, AccountRepository accounts,
                                 by.egov.academy.platform.EgovProperties properties) throws Exception {
        http.addFilterAfter(new AccountStateFilter(accounts),
                        org.springframework.security.web.context.SecurityContextHolderFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .requestMatchers(API_DOCS).access(docs(properties.api().docsPublic()))
                        .requestMatchers("/admin/**", "/actuator/**").hasRole("PROGRAMME_OFFICE")
                        .requestMatchers("/manage/**")
                        .hasAnyRole("PROGRAMME_OFFICE", "REGIONAL_COORDINATOR", "EXPERT", "SITE_OPERATOR")
                        .requestMatchers("/directory/**")
                        .hasAnyRole("PROGRAMME_OFFICE", "REGIONAL_COORDINATOR", "SITE_OPERATOR")
                        .anyRequest().authenticated())
                // the RSVP link's unguessable token is the credential and no cookie is involved, so a forged
                // cross-site form has nothing to ride on; scripts and the load benchmark post without a session
                .csrf(c -> c.ignoringRequestMatchers("/rsvp/**"))
                .headers(SecurityConfiguration::headers)
                // a new session id at sign-in, so a session id planted before it is worth nothing after
                .sessionManagement(m -> m.sessionFixation(f -> f.changeSessionId()))
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll()
                        .failureHandler(signInFailure()))
                .logout(l -> l.logoutSuccessUrl("/login?logout").permitAll());
        return http.build();
    }

    private static org.springframework.security.authorization.AuthorizationManager<
            org.springframework.security.web.access.intercept.RequestAuthorizationContext> docs(boolean open) {
        return open ? (auth, context) -> new org.springframework.security.authorization.AuthorizationDecision(true)
                : org.springframework.security.authorization.AuthenticatedAuthorizationManager.authenticated();
    }

    private static void headers(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> h) {
        var swagger = new org.springframework.security.web.util.matcher.OrRequestMatcher(
                org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults()
                        .matcher("/swagger-ui/**"),
                org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults()
                        .matcher("/swagger-ui.html"));
        h.contentTypeOptions(c -> { })
                .frameOptions(f -> f.deny())
                .referrerPolicy(r -> r.policy(org.springframework.security.web.header.writers
                        .ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .addHeaderWriter(new org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter(
                        new org.springframework.security.web.util.matcher.NegatedRequestMatcher(swagger),
                        new org.springframework.security.web.header.writers.StaticHeadersWriter(
                                "Content-Security-Policy", CSP)))
                .addHeaderWriter(new org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter(
                        swagger, new org.springframework.security.web.header.writers.StaticHeadersWriter(
                                "Content-Security-Policy", CSP_SWAGGER)))
                .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()"));
    }

    /** A sign-in the database could not check is not a wrong password: the 503 page, not "invalid credentials". */
    private static AuthenticationFailureHandler signInFailure() {
        AuthenticationFailureHandler wrongCredentials = new SimpleUrlAuthenticationFailureHandler("/login?error");
        return (req, res, ex) -> {
            if (DatabaseOutage.isCause(ex)) {
                res.setHeader("Retry-After", "60");
                res.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            } else if (ex instanceof SignInBlockedException blocked) {
                res.sendRedirect(req.getContextPath() + "/login?blocked=" + blocked.minutes());
            } else {
                wrongCredentials.onAuthenticationFailure(req, res, ex);
            }
        };
    }

    private static void problem(HttpServletResponse res, int status, String title, String detail, boolean basic)
            throws IOException {
        res.setStatus(status);
        if (basic) {
            res.setHeader("WWW-Authenticate", "Basic realm=\"EGov Academy\"");
        }
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        res.setCharacterEncoding(StandardCharsets.UTF_8.name());
        res.getWriter().write("{\"type\":\"about:blank\",\"status\":" + status + ",\"title\":\"" + title
                + "\",\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }
}
