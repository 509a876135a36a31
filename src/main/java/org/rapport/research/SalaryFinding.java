package org.rapport.research;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rapport.platform.Require;

/**
 * What a role pays and on what terms, as the student found it: a range in one currency per year or per hour, where
 * the figure comes from and when it was seen, the place it applies to, and the conditions (hours, travel, benefits).
 * The range never runs backwards.
 */
@Entity
@Table(name = "research_salary_finding")
public class SalaryFinding extends NotePart {

    private static final long serialVersionUID = 1L;

    public static final int ROLE_LENGTH = 160;
    public static final int CURRENCY_LENGTH = 3;
    public static final int SOURCE_LENGTH = 255;
    public static final int PLACE_LENGTH = 120;
    public static final int CONDITIONS_LENGTH = 2000;
    /** Digits before the decimal point; the column is DECIMAL(12,2). */
    public static final int AMOUNT_INTEGER_DIGITS = 10;
    public static final int AMOUNT_FRACTION_DIGITS = 2;
    /** An ISO 4217 code such as USD or EUR. */
    public static final String CURRENCY_PATTERN = "[A-Z]{3}";

    @NotBlank(message = "{notebook.salary.role.required}")
    @Size(max = ROLE_LENGTH, message = "{field.tooLong}")
    @Column(name = "role", length = ROLE_LENGTH, nullable = false)
    private String role;

    @NotNull(message = "{notebook.salary.amount.required}")
    @DecimalMin(value = "0", message = "{notebook.salary.amount.negative}")
    @Digits(integer = AMOUNT_INTEGER_DIGITS, fraction = AMOUNT_FRACTION_DIGITS,
            message = "{notebook.salary.amount.digits}")
    @Column(name = "min_amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal minimum;

    @NotNull(message = "{notebook.salary.amount.required}")
    @DecimalMin(value = "0", message = "{notebook.salary.amount.negative}")
    @Digits(integer = AMOUNT_INTEGER_DIGITS, fraction = AMOUNT_FRACTION_DIGITS,
            message = "{notebook.salary.amount.digits}")
    @Column(name = "max_amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal maximum;

    @NotNull(message = "{notebook.salary.currency.invalid}")
    @Pattern(regexp = CURRENCY_PATTERN, message = "{notebook.salary.currency.invalid}")
    @Column(name = "currency", length = CURRENCY_LENGTH, nullable = false)
    private String currency;

    @NotNull(message = "{notebook.salary.period.required}")
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "pay_period", length = 10, nullable = false)
    private PayPeriod period;

    @NotBlank(message = "{notebook.salary.source.required}")
    @Size(max = SOURCE_LENGTH, message = "{field.tooLong}")
    @Column(name = "source", length = SOURCE_LENGTH, nullable = false)
    private String source;

    @NotNull(message = "{notebook.date.required}")
    @PastOrPresent(message = "{notebook.date.future}")
    @Column(name = "observed_on", nullable = false)
    private LocalDate observedOn;

    @Size(max = PLACE_LENGTH, message = "{field.tooLong}")
    @Column(name = "place", length = PLACE_LENGTH)
    private String place;

    @Size(max = CONDITIONS_LENGTH, message = "{field.tooLong}")
    @Column(name = "conditions", length = CONDITIONS_LENGTH)
    private String conditions;

    protected SalaryFinding() {
        // for JPA
    }

    public SalaryFinding(ResearchNote note, SalaryFacts facts) {
        super(note);
        reviseAs(facts);
    }

    /**
     * Replaces what was found with corrected figures.
     *
     * @throws NotebookException when the range runs backwards (the minimum is above the maximum)
     */
    public void revise(SalaryFacts facts) {
        reviseAs(facts);
    }

    private void reviseAs(SalaryFacts facts) {
        BigDecimal low = requireAmount(facts.minimum(), "minimum");
        BigDecimal high = requireAmount(facts.maximum(), "maximum");
        if (low.compareTo(high) > 0) {
            throw new NotebookException("maximum", "notebook.salary.rangeReversed");
        }
        String code = Require.text(facts.currency(), CURRENCY_LENGTH, "currency");
        if (!code.matches(CURRENCY_PATTERN)) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code");
        }
        this.role = Require.text(facts.role(), ROLE_LENGTH, "role");
        this.minimum = low;
        this.maximum = high;
        this.currency = code;
        this.period = Require.present(facts.period(), "period");
        this.source = Require.text(facts.source(), SOURCE_LENGTH, "source");
        this.observedOn = Require.present(facts.observedOn(), "observedOn");
        this.place = Require.optionalText(facts.place(), PLACE_LENGTH, "place");
        this.conditions = Require.optionalText(facts.conditions(), CONDITIONS_LENGTH, "conditions");
    }

    private static BigDecimal requireAmount(BigDecimal amount, String field) {
        Require.present(amount, field);
        if (amount.signum() < 0 || amount.precision() - amount.scale() > AMOUNT_INTEGER_DIGITS
                || amount.scale() > AMOUNT_FRACTION_DIGITS) {
            throw new IllegalArgumentException(field + " must fit DECIMAL(12,2) and not be negative");
        }
        return amount;
    }

    public String getRole() {
        return role;
    }

    public BigDecimal getMinimum() {
        return minimum;
    }

    public BigDecimal getMaximum() {
        return maximum;
    }

    public String getCurrency() {
        return currency;
    }

    public PayPeriod getPeriod() {
        return period;
    }

    public String getSource() {
        return source;
    }

    public LocalDate getObservedOn() {
        return observedOn;
    }

    public String getPlace() {
        return place;
    }

    public String getConditions() {
        return conditions;
    }
}
