package org.helpdesk.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;

/**
 * Hibernate's statistics of the application's persistence unit, as WildFly's management model shows them at
 * {@code deployment=helpdesk.ear/subdeployment=helpdesk-ejb.jar/subsystem=jpa/hibernate-persistence-unit=…}. The
 * server under test collects them because arquillian.xml starts it with {@code -Dhelpdesk.hibernate.statistics=true}
 * (persistence.xml). They add up everything the persistence unit did since the deployment, whoever did it: what one
 * request did is the difference between a reading before it and one after it ({@link Reading#since}).
 */
final class HibernateStatistics {

    private final ManagementClient management;
    private final ModelNode unit;

    private HibernateStatistics(ManagementClient management, ModelNode unit) {
        this.management = management;
        this.unit = unit;
    }

    /** The statistics of the EAR's one persistence unit; fails if the server does not collect them. */
    static HibernateStatistics of(ManagementClient management) {
        ModelNode jpa = new ModelNode().add("deployment", "helpdesk.ear").add("subdeployment", "helpdesk-ejb.jar")
                .add("subsystem", "jpa");
        ModelNode children = operation("read-children-names", jpa);
        children.get("child-type").set("hibernate-persistence-unit");
        ModelNode names = execute(management, children);
        if (names.asList().size() != 1) {
            throw new AssertionError("one persistence unit expected in helpdesk-ejb.jar: " + names);
        }
        ModelNode unit = jpa.clone().add("hibernate-persistence-unit", names.get(0).asString());
        HibernateStatistics statistics = new HibernateStatistics(management, unit);
        if (!statistics.read().node().get("statistics-enabled").asBoolean(false)) {
            throw new AssertionError("Hibernate's statistics are off on the server under test: start it with"
                    + " -Dhelpdesk.hibernate.statistics=true (arquillian.xml)");
        }
        return statistics;
    }

    Reading read() {
        ModelNode read = operation("read-resource", unit);
        read.get("include-runtime").set(true);
        read.get("recursive").set(true);
        return new Reading(execute(management, read));
    }

    /** The counters at one moment, with those of each entity, collection and query. */
    record Reading(ModelNode node) {

        /** @return what the persistence unit did between {@code before} and this reading */
        Counts since(Reading before) {
            return new Counts(delta(before.node, node, "prepared-statement-count"),
                    delta(before.node, node, "query-execution-count"),
                    delta(before.node, node, "entity-load-count"), delta(before.node, node, "entity-fetch-count"),
                    delta(before.node, node, "collection-load-count"),
                    delta(before.node, node, "collection-fetch-count"), delta(before.node, node, "flush-count"),
                    delta(before.node, node, "entity-insert-count"), delta(before.node, node, "entity-update-count"),
                    delta(before.node, node, "entity-delete-count"), details(before.node, node));
        }

        private static List<String> details(ModelNode before, ModelNode after) {
            List<String> details = new ArrayList<>();
            children(before, after, "entity", List.of("entity-load-count", "entity-fetch-count",
                    "entity-insert-count", "entity-update-count", "entity-delete-count"), details);
            children(before, after, "collection", List.of("collection-load-count", "collection-fetch-count",
                    "collection-update-count", "collection-recreated-count", "collection-remove-count"), details);
            children(before, after, "query-cache", List.of("query-execution-count"), details);
            return details;
        }

        /** "entity ServiceTicket: entity-load-count +1, ..." for each child whose counters moved. */
        private static void children(ModelNode before, ModelNode after, String type, List<String> counters,
                List<String> details) {
            if (!after.hasDefined(type)) {
                return;
            }
            for (String name : after.get(type).keys()) {
                ModelNode was = before.hasDefined(type, name) ? before.get(type, name) : new ModelNode();
                List<String> moved = new ArrayList<>();
                for (String counter : counters) {
                    long delta = delta(was, after.get(type, name), counter);
                    if (delta != 0) {
                        moved.add(counter + " +" + delta);
                    }
                }
                if (!moved.isEmpty()) {
                    details.add(type + " " + readable(name) + ": " + String.join(", ", moved));
                }
            }
        }

        /** A query as it was written: the management model names it with words for its punctuation. */
        private static String readable(String name) {
            String text = name;
            for (String[] word : WORDS) {
                text = text.replace(word[0], word[1]);
            }
            return text;
        }

        private static final String[][] WORDS = {{"_space_", " "}, {"_comma_", ","}, {"_less_than_equal_", "<="},
            {"_greater_than_equal_", ">="}, {"_not_equal_", "<>"}, {"_less_than_", "<"}, {"_greater_", ">"},
            {"_equal_", "="}, {"_colon_", ":"}, {"_left_paren_", "("}, {"_right_paren_", ")"}, {"_quote_", "'"},
            {"_param_", "?"}, {"_star_", "*"}, {"_minus_", "-"}, {"_plus_", "+"}};

        private static long delta(ModelNode before, ModelNode after, String counter) {
            return after.get(counter).asLong(0) - before.get(counter).asLong(0);
        }
    }

    /**
     * What the persistence unit did between two readings. {@code entityFetches} and {@code collectionFetches} are
     * the entities and collections loaded lazily, each by a select of its own: the mark of an N+1.
     */
    record Counts(long statements, long queries, long entityLoads, long entityFetches, long collectionLoads,
            long collectionFetches, long flushes, long inserts, long updates, long deletes, List<String> details) {

        @Override
        public String toString() {
            return statements + " statements prepared, " + queries + " queries, " + entityLoads + " entities loaded ("
                    + entityFetches + " lazily), " + collectionLoads + " collections loaded (" + collectionFetches
                    + " lazily), " + flushes + " flushes, " + inserts + " inserts, " + updates + " updates, "
                    + deletes + " deletes" + (details.isEmpty() ? "" : "\n    " + String.join("\n    ", details));
        }
    }

    private static ModelNode operation(String name, ModelNode address) {
        ModelNode operation = new ModelNode();
        operation.get("operation").set(name);
        operation.get("address").set(address);
        return operation;
    }

    private static ModelNode execute(ManagementClient management, ModelNode operation) {
        try {
            ModelNode outcome = management.getControllerClient().execute(operation);
            if (!"success".equals(outcome.get("outcome").asString())) {
                throw new AssertionError(operation + " failed: " + outcome);
            }
            return outcome.get("result");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
