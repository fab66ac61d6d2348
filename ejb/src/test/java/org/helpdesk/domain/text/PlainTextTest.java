package org.helpdesk.domain.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.helpdesk.application.calendar.CalendarService;
import org.helpdesk.application.customer.CustomerService;
import org.helpdesk.application.report.MonthCloseService;
import org.helpdesk.application.staff.StaffService;
import org.helpdesk.application.ticket.MilestoneTargetService;
import org.helpdesk.application.ticket.ProgrammingTicketService;
import org.helpdesk.application.ticket.ServiceTicketService;
import org.helpdesk.application.ticket.TicketCommands.AddComment;
import org.helpdesk.domain.ticket.CommentVisibility;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    /** Messages without expression language (as on the server, where the keys resolve to plain text). */
    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void aNulCharacterIsRefusedUnderItsFieldsName() {
        Set<ConstraintViolation<AddComment>> violations = VALIDATOR.validate(
                new AddComment(CommentVisibility.CUSTOMER, "before\u0000after"));

        assertEquals(1, violations.size(), violations.toString());
        ConstraintViolation<AddComment> violation = violations.iterator().next();
        assertEquals("text", violation.getPropertyPath().toString());
        assertEquals("must not contain control characters (such as NUL)", violation.getMessage());
    }

    @Test
    void tabsLineBreaksAndAnyPrintableTextAreFine() {
        assertEquals(Set.of(), VALIDATOR.validate(new AddComment(CommentVisibility.INTERNAL,
                "Riga uno\r\n\tRiga due: è già così — 日本語 😀")));
    }

    @Test
    void everyOtherControlCharacterIsRefused() {
        for (char c : new char[] {0x01, 0x07, 0x08, 0x0b, 0x0c, 0x1b, 0x1f, 0x7f}) {
            assertEquals(1, VALIDATOR.validate(new AddComment(CommentVisibility.INTERNAL, "a" + c + "b")).size(),
                    "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void everyCommandThatCarriesTextIsPlainText() {
        List<Class<?>> commands = Stream.of(ServiceTicketService.class, ProgrammingTicketService.class,
                CustomerService.class, StaffService.class, MonthCloseService.class, MilestoneTargetService.class,
                CalendarService.class)
                .flatMap(service -> Arrays.stream(service.getMethods()))
                .map(Method::getParameterTypes).flatMap(Arrays::stream)
                .filter(Class::isRecord).distinct().toList();

        assertTrue(commands.size() >= 15, commands.toString());
        for (Class<?> command : commands) {
            boolean hasText = Arrays.stream(command.getRecordComponents()).anyMatch(c -> c.getType() == String.class);
            assertTrue(!hasText || command.isAnnotationPresent(PlainText.class),
                    command.getName() + " carries text but is not @PlainText");
        }
    }
}
