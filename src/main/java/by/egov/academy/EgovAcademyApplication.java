package by.egov.academy;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class EgovAcademyApplication {

    public static void main(String[] args) {
        SpringApplication.run(EgovAcademyApplication.class, args);
    }
}
