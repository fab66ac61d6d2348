/**
 * The satisfaction questionnaire a customer's contact gets when a service ticket is closed: its states (pending,
 * answered, expired, void; reminded once), its answer (five scores from 1 to 5 and an optional plain-text comment)
 * and its link token, of which only the SHA-256 is kept. {@link org.helpdesk.domain.survey.Surveys} loads and adds
 * questionnaires, {@link org.helpdesk.domain.survey.SurveyResults} reads them as rows for the results; the persistence
 * layer implements both.
 *
 * <p>Like the ticket domain, nothing here reads the clock, the database or the current user: commands take the
 * instant, so the rules are tested with fixed instants.
 */
package org.helpdesk.domain.survey;
