package org.rapport.research;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A salary finding as the student types it. */
public class SalaryForm extends PartForm {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{notebook.salary.role.required}")
    @Size(max = SalaryFinding.ROLE_LENGTH, message = "{field.tooLong}")
    private String role;

    @NotNull(message = "{notebook.salary.amount.required}")
    @DecimalMin(value = "0", message = "{notebook.salary.amount.negative}")
    @Digits(integer = SalaryFinding.AMOUNT_INTEGER_DIGITS, fraction = SalaryFinding.AMOUNT_FRACTION_DIGITS,
            message = "{notebook.salary.amount.digits}")
    private BigDecimal minimum;

    @NotNull(message = "{notebook.salary.amount.required}")
    @DecimalMin(value = "0", message = "{notebook.salary.amount.negative}")
    @Digits(integer = SalaryFinding.AMOUNT_INTEGER_DIGITS, fraction = SalaryFinding.AMOUNT_FRACTION_DIGITS,
            message = "{notebook.salary.amount.digits}")
    private BigDecimal maximum;

    @NotNull(message = "{notebook.salary.currency.invalid}")
    @Size(max = SalaryFinding.CURRENCY_LENGTH, message = "{field.tooLong}")
    @Pattern(regexp = SalaryFinding.CURRENCY_PATTERN, message = "{notebook.salary.currency.invalid}")
    private String currency;

    @NotNull(message = "{notebook.salary.period.required}")
    private PayPeriod period = PayPeriod.YEAR;

    @NotBlank(message = "{notebook.salary.source.required}")
    @Size(max = SalaryFinding.SOURCE_LENGTH, message = "{field.tooLong}")
    private String source;

    @NotNull(message = "{notebook.date.required}")
    @PastOrPresent(message = "{notebook.date.future}")
    private LocalDate observedOn;

    @Size(max = SalaryFinding.PLACE_LENGTH, message = "{field.tooLong}")
    private String place;

    @Size(max = SalaryFinding.CONDITIONS_LENGTH, message = "{field.tooLong}")
    private String conditions;

    public static SalaryForm of(SalaryFinding finding) {
        SalaryForm form = new SalaryForm();
        form.fillFrom(finding);
        form.role = finding.getRole();
        form.minimum = finding.getMinimum();
        form.maximum = finding.getMaximum();
        form.currency = finding.getCurrency();
        form.period = finding.getPeriod();
        form.source = finding.getSource();
        form.observedOn = finding.getObservedOn();
        form.place = finding.getPlace();
        form.conditions = finding.getConditions();
        return form;
    }

    /** The figures, for the entity. */
    SalaryFacts facts() {
        return new SalaryFacts(role, minimum, maximum, currency, period, source, observedOn, place, conditions);
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public BigDecimal getMinimum() {
        return minimum;
    }

    public void setMinimum(BigDecimal minimum) {
        this.minimum = minimum;
    }

    public BigDecimal getMaximum() {
        return maximum;
    }

    public void setMaximum(BigDecimal maximum) {
        this.maximum = maximum;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public PayPeriod getPeriod() {
        return period;
    }

    public void setPeriod(PayPeriod period) {
        this.period = period;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public LocalDate getObservedOn() {
        return observedOn;
    }

    public void setObservedOn(LocalDate observedOn) {
        this.observedOn = observedOn;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getConditions() {
        return conditions;
    }

    public void setConditions(String conditions) {
        this.conditions = conditions;
    }
}
