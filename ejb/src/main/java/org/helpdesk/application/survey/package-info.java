/** The satisfaction questionnaire: answering it (without signing in, by its token), its results, and the sending of invitations and reminders. */
package org.helpdesk.application.survey;
