package org.helpdesk.domain.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.helpdesk.application.ticket.TicketCommands.LogTime;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A work date of today in the help desk is not "in the future", whatever the date in UTC: between the help desk's
 * midnight and UTC's (the first hour or two of the day in Italy) the check on UTC's day refused it.
 */
class HelpDeskDayTest {

    private static ValidatorFactory factory;

    @BeforeAll
    static void factory() {
        // META-INF/validation.xml of the module, as the server reads it; messages without the EL.
        factory = Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void validationTakesTodayFromTheHelpDesksDay() {
        assertInstanceOf(HelpDeskDay.class, factory.getClockProvider());
        assertEquals(HelpDeskDay.ZONE, factory.getClockProvider().getClock().getZone());
    }

    @Test
    void todayInTheHelpDeskIsAcceptedAndTomorrowRefused() {
        LocalDate today = LocalDate.now(HelpDeskDay.ZONE);
        assertEquals(Set.of(), invalid(today));
        assertEquals(Set.of("workDate"), invalid(today.plusDays(1)));
    }

    private static Set<String> invalid(LocalDate workDate) {
        Set<ConstraintViolation<LogTime>> violations = factory.getValidator()
                .validate(new LogTime(workDate, 20, "Driver reinstalled remotely", null));
        return violations.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
    }
}
