package by.egov.academy.publishing.grammar;

/** The six cases Russian and Belarusian share (Belarusian's vocative is not needed in news). */
public enum GrammaticalCase {
    NOMINATIVE, GENITIVE, DATIVE, ACCUSATIVE, INSTRUMENTAL, PREPOSITIONAL
}
