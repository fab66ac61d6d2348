/**
 * Demo data for a first run ({@code -Dhelpdesk.demo=true}, set by the README's run command). Never active
 * unless that property is set; it only ever adds to an empty database.
 */
package org.helpdesk.infrastructure.demo;
