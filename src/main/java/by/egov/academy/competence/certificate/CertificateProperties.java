package by.egov.academy.competence.certificate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a certificate prints beyond the seminar's records ({@code egov.certificate.*}): the ministry that runs the
 * programme (Russian and Belarusian) and the signatory, by name and position. A blank position prints the
 * programme office's head by title; a blank name leaves the signature line without a printed name.
 */
@ConfigurationProperties("egov.certificate")
record CertificateProperties(
        @DefaultValue("Министерство связи и информатизации Республики Беларусь") String ministryRu,
        @DefaultValue("Міністэрства сувязі і інфарматызацыі Рэспублікі Беларусь") String ministryBe,
        @DefaultValue("") String signatoryName,
        @DefaultValue("") String signatoryPosition) {
}
