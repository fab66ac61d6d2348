package org.helpdesk.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/** The database sequences behind ticket numbers, and what the dialect says about the database. */
final class Sequences {

    private Sequences() {
    }

    /** @return the database side of {@link NumberBlock} for the sequence {@code name} (a constant of the caller) */
    static NumberBlock.Sequence of(EntityManager em, String name) {
        return new NumberBlock.Sequence() {
            @Override
            public long increment() {
                // information_schema.sequences on H2 and PostgreSQL alike (a number on H2, text on PostgreSQL).
                Object value = em.createNativeQuery("SELECT increment FROM information_schema.sequences"
                        + " WHERE lower(sequence_name) = :name AND lower(sequence_schema) = lower(current_schema)")
                        .setParameter("name", name).getSingleResult();
                return Long.parseLong(value.toString().trim());
            }

            @Override
            public long nextval() {
                // The dialect words the statement for H2 or PostgreSQL.
                String sql = factory(em).getJdbcServices().getDialect().getSequenceSupport()
                        .getSequenceNextValString(name);
                return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
            }
        };
    }

    static boolean postgresql(EntityManager em) {
        return factory(em).getJdbcServices().getDialect() instanceof PostgreSQLDialect;
    }

    private static SessionFactoryImplementor factory(EntityManager em) {
        return em.unwrap(Session.class).getFactory().unwrap(SessionFactoryImplementor.class);
    }
}
