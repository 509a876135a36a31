package org.rapport.outreach.compose;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/** A time the student can offer, as they type it: a day and a span in their own time zone. */
public class WindowForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate date;
    private LocalTime from;
    private LocalTime to;

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getFrom() {
        return from;
    }

    public void setFrom(LocalTime from) {
        this.from = from;
    }

    public LocalTime getTo() {
        return to;
    }

    public void setTo(LocalTime to) {
        this.to = to;
    }
}
