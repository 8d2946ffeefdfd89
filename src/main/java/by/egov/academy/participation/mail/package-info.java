/** The outbox: other modules (the feedback survey) queue their mail here, in their own transaction. */
@org.springframework.modulith.NamedInterface("mail")
package by.egov.academy.participation.mail;
