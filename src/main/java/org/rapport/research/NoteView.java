package org.rapport.research;

import java.io.Serializable;
import java.util.List;

/**
 * A note with everything recorded in it, loaded for one screen: the note (with its student, organisation and
 * connector), its sources, findings, hypotheses (each with its history), news and salary research.
 */
public final class NoteView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ResearchNote note;
    private final List<NoteSource> sources;
    private final List<Finding> findings;
    private final List<Hypothesis> hypotheses;
    private final List<NewsItem> news;
    private final List<SalaryFinding> salaries;

    NoteView(ResearchNote note, List<NoteSource> sources, List<Finding> findings, List<Hypothesis> hypotheses,
             List<NewsItem> news, List<SalaryFinding> salaries) {
        this.note = note;
        this.sources = List.copyOf(sources);
        this.findings = List.copyOf(findings);
        this.hypotheses = List.copyOf(hypotheses);
        this.news = List.copyOf(news);
        this.salaries = List.copyOf(salaries);
    }

    public ResearchNote getNote() {
        return note;
    }

    public List<NoteSource> getSources() {
        return sources;
    }

    public List<Finding> getFindings() {
        return findings;
    }

    public List<Hypothesis> getHypotheses() {
        return hypotheses;
    }

    public List<NewsItem> getNews() {
        return news;
    }

    public List<SalaryFinding> getSalaries() {
        return salaries;
    }
}
