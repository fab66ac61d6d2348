package org.helpdesk.batch.report;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.helpdesk.domain.time.HelpDeskCalendar;

/**
 * The parameters of one monthly report run, read from the job's properties (see {@code monthly-report.xml}) with
 * their defaults applied. An empty or missing value takes the default; a malformed one is refused with a message.
 *
 * @param month the month reported on; default the month before the help desk's current one
 *        ({@link HelpDeskCalendar})
 * @param customers only these customer codes; empty: every active customer
 * @param withCallsOnly only customers with calls in the month ({@code scope=with-calls}); default from
 *        {@code -Dhelpdesk.reports.customers} ({@code all} if unset)
 * @param partitions how many partitions build reports in parallel; default {@code -Dhelpdesk.reports.partitions}, 3
 *        (one more than the two cores, so that both keep working while a partition waits on the database)
 * @param deliveryPartitions how many senders mail in parallel; default 4
 * @param startedBy who started the run
 * @param failAfter tests only: fail the build step once this many customers are archived (0: never)
 * @param failDeliveryAfter tests only: fail the deliver step once this many mails are sent (0: never)
 */
public record RunParameters(YearMonth month, List<String> customers, boolean withCallsOnly, int partitions,
        int deliveryPartitions, String startedBy, int failAfter, int failDeliveryAfter) {

    public static final String JOB = "monthly-report";

    public static RunParameters from(Properties properties, Clock clock) {
        String month = value(properties, "month");
        String scope = value(properties, "scope");
        if (scope == null) {
            scope = System.getProperty("helpdesk.reports.customers", "all");
        }
        if (!scope.equals("all") && !scope.equals("with-calls")) {
            throw new IllegalArgumentException("The scope of the monthly report run is 'all' or 'with-calls', not '"
                    + scope + "'.");
        }
        String customers = value(properties, "customers");
        String partitions = value(properties, "partitions");
        String startedBy = value(properties, "startedBy");
        String deliveryPartitions = value(properties, "deliveryPartitions");
        return new RunParameters(
                month == null ? HelpDeskCalendar.monthOf(clock.instant()).minusMonths(1) : YearMonth.parse(month),
                customers == null ? List.of() : Arrays.stream(customers.split(",")).map(String::strip)
                        .filter(c -> !c.isEmpty()).map(c -> c.toUpperCase(Locale.ROOT)).distinct().toList(),
                scope.equals("with-calls"),
                Math.max(1, partitions == null ? Integer.getInteger("helpdesk.reports.partitions", 3)
                        : Integer.parseInt(partitions)),
                Math.max(1, deliveryPartitions == null ? 4 : Integer.parseInt(deliveryPartitions)),
                startedBy == null ? "schedule" : startedBy,
                number(value(properties, "failAfter")), number(value(properties, "failDeliveryAfter")));
    }

    /** @return the parameters of a restart: those of the first execution, without the failures tests inject */
    public static Properties forRestart(Properties original) {
        Properties parameters = new Properties();
        if (original != null) {
            parameters.putAll(original);
        }
        // Set empty rather than removed: the batch runtime keeps the first execution's value of a parameter that a
        // restart does not give.
        parameters.setProperty("failAfter", "");
        parameters.setProperty("failDeliveryAfter", "");
        return parameters;
    }

    private static String value(Properties properties, String name) {
        String value = properties.getProperty(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static int number(String value) {
        return value == null ? 0 : Integer.parseInt(value);
    }
}
