/** Rules for the free text people type, shared by every aggregate and command. */
package org.helpdesk.domain.text;
