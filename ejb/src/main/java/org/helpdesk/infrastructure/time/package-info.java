/** The clock every service reads the time from, so that tests and benchmarks can reason about it. */
package org.helpdesk.infrastructure.time;
