/**
 * What the service implementations share: the caller and its roles, command validation, idempotent requests.
 * Used only by the application layer.
 */
package org.helpdesk.application.internal;
