/**
 * The staff screens (Jakarta Faces + PrimeFaces): thin backing beans named after their screen, one package per
 * area. They call the application services and show their answers; no business rule lives here.
 */
package org.helpdesk.web;
