/**
 * Experts, the speakers of talks, and the partner organisations they come from: created, translated, retired,
 * merged and invited to their own account by the programme office and the regional coordinators. Other modules
 * and the seminar pages use {@link by.egov.academy.programme.expert.ExpertCatalog}; the mail of an invitation
 * goes out on {@link by.egov.academy.programme.expert.ExpertInvited}.
 */
@org.springframework.modulith.NamedInterface("expert")
package by.egov.academy.programme.expert;
