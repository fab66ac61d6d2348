package org.helpdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import org.helpdesk.domain.period.IssuedStatement;
import org.helpdesk.domain.period.IssuedStatements;

/** {@link IssuedStatements} with JPA (the id comes from its sequence at persist). */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class JpaIssuedStatements implements IssuedStatements {

    @PersistenceContext
    private EntityManager em;

    @Override
    public void add(IssuedStatement statement) {
        em.persist(statement);
    }
}
