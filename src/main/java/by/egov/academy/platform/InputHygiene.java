package by.egov.academy.platform;

import java.beans.PropertyEditorSupport;
import java.util.regex.Pattern;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Control characters (NUL above all, which PostgreSQL refuses in text) are removed from every string a
 * user sends, in forms, query parameters and JSON alike; tab and line breaks stay. They carry no
 * meaning in names, positions or addresses, and a pasted one must not turn into a server error.
 */
@Configuration(proxyBeanMethods = false)
public class InputHygiene {

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    public static String clean(String s) {
        return s == null ? null : CONTROL.matcher(s).replaceAll("");
    }

    @Bean
    JacksonModule controlCharacterFreeStrings() {
        SimpleModule module = new SimpleModule("egov-input-hygiene");
        module.addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser p, DeserializationContext ctxt) {
                return clean(super.deserialize(p, ctxt));
            }
        });
        return module;
    }

    @ControllerAdvice
    static class Binding {
        @InitBinder
        void strings(WebDataBinder binder) {
            binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
                @Override
                public void setAsText(String text) {
                    setValue(clean(text));
                }
            });
        }
    }
}
