package org.rapport.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DevSettingsTest {

    private static Properties project(String dir) {
        Properties properties = new Properties();
        properties.setProperty("rapport.projectDir", dir);
        return properties;
    }

    @Test
    void freshCloneDefaultsUseTheEmbeddedDatabaseAndAFolderThatSurvivesClean() {
        DevSettings settings = DevSettings.fromEnvironment(Map.of(), project("/work/rapport"));
        assertEquals(8080, settings.httpPort());
        assertEquals(3307, settings.dbPort());
        assertNull(settings.externalDbUrl());
        assertEquals(Path.of("/work/rapport/.rapport"), settings.dataDir());
        assertEquals(Path.of("/work/rapport/target/rapport.war"), settings.war());
        assertTrue(settings.demoStudents() > 0);
    }

    @Test
    void environmentOverridesDefaults() {
        DevSettings settings = DevSettings.fromEnvironment(Map.of("RAPPORT_PORT", "8181", "DB_URL",
                "jdbc:mariadb://db.internal:3306/rapport", "DB_USER", "rapport", "RAPPORT_DEMO_STUDENTS", "0"),
                project("/x"));
        assertEquals(8181, settings.httpPort());
        assertEquals("jdbc:mariadb://db.internal:3306/rapport", settings.externalDbUrl());
        assertEquals("rapport", settings.dbUser());
        assertEquals(0, settings.demoStudents());
    }

    @Test
    void aPortThatIsNotANumberIsExplained() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> DevSettings.fromEnvironment(Map.of("RAPPORT_PORT", "eighty"), project("/x")));
        assertEquals("RAPPORT_PORT must be a whole number, but is 'eighty'.", error.getMessage());
    }
}
