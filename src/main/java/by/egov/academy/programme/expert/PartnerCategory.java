package by.egov.academy.programme.expert;

/** The categories of organisation an expert's new partner organisation may have (directory names). */
public enum PartnerCategory {
    PARTNER_IT_COMPANY,
    RESEARCH_INSTITUTE,
    UNIVERSITY,
    INTERNATIONAL_ORGANISATION,
    OTHER
}
