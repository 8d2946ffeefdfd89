package by.egov.academy.directory.official;

/** Whether an official heads the organisation, is a deputy head, or neither: audience rules select by it. */
public enum Leadership {
    HEAD, DEPUTY_HEAD, OTHER
}
