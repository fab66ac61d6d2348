/** Build-time tooling of the reports module: compiles the JRXML templates; not used at run time. */
package org.helpdesk.reports.build;
