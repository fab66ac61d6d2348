/**
 * The satisfaction questionnaire's screens: the public page a customer's contact opens from the mail
 * ({@code /survey/}, no sign-in, the link's token is the credential), the results for staff
 * ({@code /app/surveys/}) and the questionnaires on the ticket screen. No rules here: the survey service decides.
 */
package org.helpdesk.web.survey;
