package by.egov.academy.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A page that shows a form again because of invalid input answers 400, not 200: scripts, monitoring
 * and assistive tools learn that the submission was refused, while the person sees the form as typed.
 */
@Configuration(proxyBeanMethods = false)
class InvalidFormStatus implements HandlerInterceptor, WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView mav) {
        if (mav == null || response.getStatus() != HttpServletResponse.SC_OK
                || (mav.getViewName() != null && mav.getViewName().startsWith("redirect:"))) {
            return;
        }
        boolean invalid = mav.getModel().values().stream()
                .anyMatch(v -> v instanceof BindingResult br && br.hasErrors());
        if (invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
    }
}
