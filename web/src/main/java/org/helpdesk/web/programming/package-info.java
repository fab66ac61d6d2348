/** Screens of the second level: the managers' programming board, the programmers' own list, one programming ticket. */
package org.helpdesk.web.programming;
