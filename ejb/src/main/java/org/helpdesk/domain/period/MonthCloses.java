package org.helpdesk.domain.period;

import java.time.YearMonth;
import java.util.List;

/** The closed months. Implemented by the persistence layer; runs in the caller's transaction. */
public interface MonthCloses {

    boolean isClosed(YearMonth month);

    /** @return every closed month, newest first */
    List<MonthClose> all();

    void add(MonthClose close);
}
