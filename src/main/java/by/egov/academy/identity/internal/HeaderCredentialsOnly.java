package by.egov.academy.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The API's security context: an API call that carries an {@code Authorization} header is exempt from CSRF
 * tokens, so it must be authenticated by that header and nothing else. When the header is there, the session's
 * sign-in is not loaded: a header the API does not accept (another scheme, a wrong token) leaves the call
 * anonymous instead of riding on the browser's cookie.
 */
class HeaderCredentialsOnly implements SecurityContextRepository {

    private final SecurityContextRepository sessions = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

    static boolean carriesCredentials(HttpServletRequest request) {
        return request.getHeader("Authorization") != null;
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        if (!carriesCredentials(request)) {
            return sessions.loadDeferredContext(request);
        }
        return new DeferredSecurityContext() {
            private final SecurityContext empty = SecurityContextHolder.createEmptyContext();

            @Override
            public SecurityContext get() {
                return empty;
            }

            @Override
            public boolean isGenerated() {
                return true;
            }
        };
    }

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return loadDeferredContext(holder.getRequest()).get();
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        if (!carriesCredentials(request)) {
            sessions.saveContext(context, request, response);
        }
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return !carriesCredentials(request) && sessions.containsContext(request);
    }
}
