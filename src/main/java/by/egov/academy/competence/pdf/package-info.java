/** Text PDFs with an embedded Cyrillic/Belarusian font, for other modules' documents too (survey results). */
@org.springframework.modulith.NamedInterface("pdf")
package by.egov.academy.competence.pdf;
