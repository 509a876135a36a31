package org.rapport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Bean Validation message key the code names has its words in {@code ValidationMessages.properties}: a missing
 * one would show the person a raw {@code {key}} next to the field.
 */
class ValidationMessagesTest {

    private static final Pattern KEY = Pattern.compile("message = \"\\{([A-Za-z0-9.]+)}\"");

    @Test
    void everyConstraintMessageKeyHasItsWords() throws IOException {
        Properties words = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/ValidationMessages.properties")) {
            words.load(in);
        }
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of(System.getProperty("user.dir"), "src", "main", "java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertTrue(used.size() > 40, "the scan finds the constraints (" + used.size() + ")");
        List<String> missing = used.stream().filter(key -> !words.containsKey(key)).toList();
        assertEquals(List.of(), missing, "constraint message keys without words in ValidationMessages.properties");
    }
}
