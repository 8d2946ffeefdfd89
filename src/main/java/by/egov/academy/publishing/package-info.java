/**
 * Publishing: the product writes a seminar's news item and the next seminar's announcement from its own
 * records, in Russian, Belarusian and English. The grammar those texts need (ordinals, dates, number
 * agreement, case forms) lives in {@code grammar}, apart from any template.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publishing",
        allowedDependencies = {"platform", "identity", "programme"})
package by.egov.academy.publishing;
