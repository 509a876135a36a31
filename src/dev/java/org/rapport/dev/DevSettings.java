package org.rapport.dev;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * The run command's settings, read from the environment with defaults that work on a fresh clone. Every name
 * here is listed in README's configuration table.
 */
record DevSettings(int httpPort, int dbPort, Path dataDir, String externalDbUrl, String dbUser, String dbPassword,
                   int demoStudents, String javaOptions, Path projectDir, Path war, Path payaraJar,
                   int oidcPort, String externalProviderUri, boolean verbose) {

    static final String DATABASE = "rapport";

    static DevSettings fromEnvironment(Map<String, String> env, Properties system) {
        Path projectDir = Path.of(system.getProperty("rapport.projectDir", ".")).toAbsolutePath().normalize();
        Path dataDir = Path.of(env.getOrDefault("RAPPORT_DATA_DIR", projectDir.resolve(".rapport").toString()))
                .toAbsolutePath();
        String externalUrl = blankToNull(env.get("DB_URL"));
        return new DevSettings(
                intSetting(env, "RAPPORT_PORT", 8080),
                intSetting(env, "RAPPORT_DB_PORT", 3307),
                dataDir,
                externalUrl,
                env.getOrDefault("DB_USER", "root"),
                env.getOrDefault("DB_PASSWORD", ""),
                intSetting(env, "RAPPORT_DEMO_STUDENTS", 60),
                env.getOrDefault("RAPPORT_JAVA_OPTS", "-Xmx768m"),
                projectDir,
                Path.of(system.getProperty("rapport.war", projectDir.resolve("target/rapport.war").toString())),
                Path.of(system.getProperty("rapport.payaraJar",
                        projectDir.resolve("target/payara-micro.jar").toString())),
                intSetting(env, "RAPPORT_OIDC_PORT", 8090),
                blankToNull(env.get("RAPPORT_OIDC_PROVIDER_URI")),
                Boolean.parseBoolean(env.getOrDefault("RAPPORT_VERBOSE", "false")));
    }

    Path payaraRootDir() {
        return projectDir.resolve("target/payara-run");
    }

    private static int intSetting(Map<String, String> env, String name, int defaultValue) {
        String value = blankToNull(env.get(name));
        if (value == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + " must be a whole number, but is '" + value + "'.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
