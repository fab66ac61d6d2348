package org.helpdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Map;
import java.util.Optional;
import org.helpdesk.domain.ticket.MilestoneTargetSettings;
import org.helpdesk.domain.ticket.MilestoneTargets;
import org.helpdesk.domain.ticket.Severity;

/** {@link MilestoneTargetSettings} with JPA (the rows are in the second-level cache). */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class JpaMilestoneTargetSettings implements MilestoneTargetSettings {

    @PersistenceContext
    private EntityManager em;

    @Override
    public MilestoneTargets of(Severity severity) {
        MilestoneTargets targets = em.find(MilestoneTargets.class, severity.name());
        return targets != null ? targets : MilestoneTargets.defaults(severity);
    }

    @Override
    public Optional<MilestoneTargets> stored(Severity severity) {
        return Optional.ofNullable(em.find(MilestoneTargets.class, severity.name()));
    }

    @Override
    public Optional<MilestoneTargets> committed(Severity severity) {
        return Optional.ofNullable(em.find(MilestoneTargets.class, severity.name(),
                Map.of("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS)));
    }

    @Override
    public void add(MilestoneTargets targets) {
        em.persist(targets);
    }
}
