package org.helpdesk.application.report;

import java.time.YearMonth;
import org.helpdesk.domain.shared.InvalidValueException;

/** Each customer's monthly call report, as a PDF in the customer's language. */
public interface ReportService {

    /**
     * @param customer the customer's code
     * @return the PDF: a month without calls gives one page that says so
     * @throws NotFoundException (404) for an unknown customer
     * @throws InvalidValueException (422) for a month that has not begun
     */
    byte[] monthlyReport(String customer, YearMonth month);
}
