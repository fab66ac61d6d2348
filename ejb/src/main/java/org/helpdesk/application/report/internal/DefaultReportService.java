package org.helpdesk.application.report.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.YearMonth;
import org.helpdesk.application.NotFoundException;
import org.helpdesk.application.internal.Caller;
import org.helpdesk.application.report.ReportService;
import org.helpdesk.domain.customer.Customer;
import org.helpdesk.domain.customer.Customers;
import org.helpdesk.domain.shared.InvalidValueException;
import org.helpdesk.domain.staff.Role;
import org.helpdesk.domain.time.HelpDeskCalendar;
import org.helpdesk.reports.monthly.MonthlyReport;
import org.helpdesk.reports.monthly.MonthlyReportPdf;

@Stateless
public class DefaultReportService implements ReportService {

    @Inject
    private Customers customers;

    @Inject
    private Caller caller;

    @Inject
    private MonthlyReportAssembler assembler;

    @Override
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.PROGRAMMING_MANAGER, Role.Names.AUDITOR, Role.Names.ADMIN})
    public byte[] monthlyReport(String code, YearMonth month) {
        Customer customer = customers.byCode(code).orElseThrow(() -> new NotFoundException("notFound.customer", "There is no customer {0}.", code));
        Instant now = caller.now();
        if (month.isAfter(HelpDeskCalendar.monthOf(now))) {
            throw new InvalidValueException("value.monthNotBegun", "The month {0} has not begun yet.",
                    String.valueOf(month));
        }
        MonthlyReport report = assembler.assemble(customer, month, now);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MonthlyReportPdf(HelpDeskCalendar.ZONE).write(report, out);
        return out.toByteArray();
    }
}
