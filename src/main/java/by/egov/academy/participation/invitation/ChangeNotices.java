package by.egov.academy.participation.invitation;

import java.util.Set;

import by.egov.academy.participation.mail.InvitationMails;
import by.egov.academy.programme.SeminarNoticed;
import by.egov.academy.programme.Seminars;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Everyone still expecting a seminar hears of its move, cancellation or restoration: each live invitation, each
 * district site's operator, each speaker. Queued before the change commits, in its transaction, so the notice and
 * its mails exist together; the notice id in each mail's cause makes a repeat (a retry, a second node) a no-op.
 */
@Component
class ChangeNotices {

    /** Invitations whose holder still expects the seminar (or the waiting list's answer). */
    private static final Set<String> LIVE = Set.of("SENT", "OPENED", "ACCEPTED_IN_PERSON", "ACCEPTED_REMOTE", "WAITING");

    private final InvitationRepository invitations;
    private final InvitationMails mails;
    private final Seminars seminars;

    ChangeNotices(InvitationRepository invitations, InvitationMails mails, Seminars seminars) {
        this.invitations = invitations;
        this.mails = mails;
        this.seminars = seminars;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void tell(SeminarNoticed notice) {
        mails.queueNotices(notice.seminarId(), notice.kind(), notice.noticeId(),
                invitations.ofSeminar(notice.seminarId()).stream()
                        .filter(inv -> LIVE.contains(inv.state()) && !inv.excluded()).toList(),
                seminars.staffToTell(notice.seminarId()));
    }
}
