package org.helpdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.YearMonth;
import java.util.List;
import org.helpdesk.domain.period.MonthClose;
import org.helpdesk.domain.period.MonthCloses;

/** {@link MonthCloses} with JPA. */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class JpaMonthCloses implements MonthCloses {

    @PersistenceContext
    private EntityManager em;

    @Override
    public boolean isClosed(YearMonth month) {
        return em.find(MonthClose.class, MonthClose.key(month)) != null;
    }

    @Override
    public List<MonthClose> all() {
        return em.createQuery("select m from MonthClose m order by m.month desc", MonthClose.class).getResultList();
    }

    @Override
    public void add(MonthClose close) {
        em.persist(close);
    }
}
