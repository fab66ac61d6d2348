package org.helpdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import org.helpdesk.domain.shared.LostUpdateException;
import org.helpdesk.domain.shared.UnitOfWork;
import org.hibernate.StaleObjectStateException;

/** {@link UnitOfWork}: the persistence context of the caller's transaction. */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class JpaUnitOfWork implements UnitOfWork {

    @PersistenceContext
    private EntityManager em;

    @Override
    public void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof StaleObjectStateException stale && stale.getIdentifier() != null) {
                    throw new LostUpdateException(entityClass(stale.getEntityName()), stale.getIdentifier(), e);
                }
            }
            throw new LostUpdateException(null, null, e);
        }
    }

    private Class<?> entityClass(String name) {
        try {
            return em.getMetamodel().getEntities().stream().map(t -> (Class<?>) t.getJavaType())
                    .filter(c -> c.getName().equals(name)).findFirst().orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
