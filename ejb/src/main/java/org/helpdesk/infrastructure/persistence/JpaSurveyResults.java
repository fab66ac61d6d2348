package org.helpdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import org.helpdesk.domain.survey.Scores;
import org.helpdesk.domain.survey.SurveyResults;
import org.helpdesk.domain.ticket.RequestKind;
import org.helpdesk.domain.ticket.Severity;

/** {@link SurveyResults} with JPQL: one query of columns each. */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class JpaSurveyResults implements SurveyResults {

    private static final String COLUMNS = "select t.number, c.code, c.name, s.operator, s.severity, s.kind, s.sentAt,"
            + " s.expiresAt, s.answeredAt, s.scoreTakingCharge, s.scoreCompetence, s.scoreCommunication,"
            + " s.scoreSolution, s.scoreOverall, s.comment from SatisfactionSurvey s join s.ticket t join s.customer c"
            + " where s.sentAt >= :start and s.sentAt < :end and s.voidedAt is null";

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<Sent> sentBetween(Instant start, Instant end, String operator) {
        TypedQuery<Object[]> query = em.createQuery(COLUMNS + (operator == null ? "" : " and s.operator = :operator")
                + " order by s.sentAt, s.id", Object[].class).setParameter("start", start).setParameter("end", end);
        if (operator != null) {
            query.setParameter("operator", operator);
        }
        return query.getResultList().stream().map(JpaSurveyResults::sent).toList();
    }

    @Override
    public List<Sent> sentTo(String customerCode, Instant start, Instant end) {
        // Without flushing first: the monthly run asks this for every customer of its chunk, and nothing here changed.
        return em.createQuery(COLUMNS + " and c.code = :code", Object[].class).setParameter("code", customerCode)
                .setParameter("start", start).setParameter("end", end).setFlushMode(FlushModeType.COMMIT)
                .getResultList().stream().map(JpaSurveyResults::sent).toList();
    }

    private static Sent sent(Object[] r) {
        Instant answeredAt = (Instant) r[8];
        Scores scores = answeredAt == null ? null : new Scores((Integer) r[9], (Integer) r[10], (Integer) r[11],
                (Integer) r[12], (Integer) r[13]);
        return new Sent((String) r[0], (String) r[1], (String) r[2], (String) r[3], (Severity) r[4],
                (RequestKind) r[5], (Instant) r[6], (Instant) r[7], answeredAt, scores, (String) r[14]);
    }
}
