/**
 * The application layer: what screens, the REST API and batch jobs may ask of Helpdesk, one sub-package per
 * aggregate or use case ({@code ticket}, {@code customer}, {@code staff}, {@code survey}, {@code report},
 * {@code mail}) holding the service interfaces with their commands and views. Their {@code @Stateless}
 * implementations, the transaction and security boundary, live in each sub-package's {@code internal} package;
 * this package holds the refusals every service shares. Nothing outside the application layer may use an
 * {@code internal} package (checked by the architecture tests).
 */
package org.helpdesk.application;
