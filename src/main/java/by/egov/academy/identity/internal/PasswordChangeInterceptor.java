package by.egov.academy.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * An account with a one-time password can do nothing but change it; an account the programme office
 * has locked loses its open sessions at its next request.
 */
@Configuration(proxyBeanMethods = false)
class PasswordChangeInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private final AccountRepository accounts;

    PasswordChangeInterceptor(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns(
                "/logout", "/login", "/error", "/css/**", "/js/**", "/webjars/**", "/img/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal p
                && !accounts.findById(p.user().accountId()).map(AccountRepository.AccountRow::enabled).orElse(false)) {
            SecurityContextHolder.clearContext();
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                response.sendRedirect(request.getContextPath() + "/login");
            }
            return false;
        }
        if (request.getRequestURI().equals(request.getContextPath() + "/account/password")) {
            return true;
        }
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal p && p.mustChangePassword()) {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN, "Password change required");
            } else {
                response.sendRedirect(request.getContextPath() + "/account/password");
            }
            return false;
        }
        return true;
    }
}
