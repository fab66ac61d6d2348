/** The questionnaire services' implementations and the hourly reminder schedule. Used only by the container. */
package org.helpdesk.application.survey.internal;
