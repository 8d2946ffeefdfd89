package by.egov.academy.publishing.news;

import java.util.List;

/**
 * A written text: its title, its body (paragraphs separated by a blank line) and the codes of the facts the
 * records lacked, whose sentences were therefore left out (date, organisers, venue, …).
 */
record Draft(String title, String body, List<String> missing) {
}
