package by.egov.academy.programme;

/**
 * A seminar that people were already invited to moved, changed its venue, went online, was cancelled or was
 * restored, and the organiser confirmed that they be told. Published inside the change's transaction: whoever
 * queues the mails does it in the same transaction, so the notice and its mails commit together or not at all.
 */
public record SeminarNoticed(long seminarId, long noticeId, Kind kind) {

    public enum Kind { CHANGED, CANCELLED, RESTORED }
}
