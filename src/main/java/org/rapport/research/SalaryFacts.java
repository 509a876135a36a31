package org.rapport.research;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The figures of one salary finding, as typed or as the demo data makes them. */
public record SalaryFacts(String role, BigDecimal minimum, BigDecimal maximum, String currency, PayPeriod period,
                          String source, LocalDate observedOn, String place, String conditions) {
}
