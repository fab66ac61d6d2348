package org.helpdesk.domain.period;

/**
 * The register of the hours-spent statements. Implemented by the persistence layer; runs in the caller's
 * transaction.
 */
public interface IssuedStatements {

    /**
     * Registers the statement. Its id, from which {@link IssuedStatement#assignNumber()} makes its number, is
     * assigned now.
     */
    void add(IssuedStatement statement);
}
