package org.helpdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.helpdesk.domain.survey.SatisfactionSurvey;
import org.helpdesk.domain.survey.Surveys;
import org.helpdesk.domain.ticket.ServiceTicket;

/** {@link Surveys} with JPQL. */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class JpaSurveys implements Surveys {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<SatisfactionSurvey> byTokenHash(String tokenHash) {
        return em.createQuery("select s from SatisfactionSurvey s join fetch s.ticket"
                + " where s.tokenHash = :hash or s.reminderTokenHash = :hash", SatisfactionSurvey.class)
                .setParameter("hash", tokenHash).getResultStream().findFirst();
    }

    @Override
    public List<SatisfactionSurvey> of(ServiceTicket ticket) {
        return em.createQuery("select s from SatisfactionSurvey s where s.ticket = :t"
                + " order by s.sentAt desc, s.id desc", SatisfactionSurvey.class).setParameter("t", ticket)
                .getResultList();
    }

    @Override
    public List<SatisfactionSurvey> unansweredOf(ServiceTicket ticket) {
        return em.createQuery("select s from SatisfactionSurvey s where s.ticket = :t"
                + " and s.voidedAt is null and s.answeredAt is null", SatisfactionSurvey.class)
                .setParameter("t", ticket).getResultList();
    }

    @Override
    public List<SatisfactionSurvey> reminderCandidates(Instant now, Instant sentBy) {
        return em.createQuery("select s from SatisfactionSurvey s join fetch s.ticket"
                + " where s.voidedAt is null and s.answeredAt is null and s.remindedAt is null"
                + " and s.expiresAt > :now and s.sentAt <= :cutoff order by s.id", SatisfactionSurvey.class)
                .setParameter("now", now).setParameter("cutoff", sentBy).getResultList();
    }

    @Override
    public void add(SatisfactionSurvey survey) {
        em.persist(survey);
    }
}
