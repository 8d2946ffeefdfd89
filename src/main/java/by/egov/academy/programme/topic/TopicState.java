package by.egov.academy.programme.topic;

/** A coordinator proposes a topic; the programme office approves or rejects it. */
public enum TopicState {
    PROPOSED,
    APPROVED,
    REJECTED
}
