package org.rapport.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What the page frame needs to know about this install, such as whether it runs on fictional demo data. */
@Named
@ApplicationScoped
public class ShellBacking {

    @Inject
    @ConfigProperty(name = "rapport.demo.students", defaultValue = "0")
    private int demoStudents;

    public boolean isDemo() {
        return demoStudents > 0;
    }
}
