package io.veille.common.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Veille's configuration: the defaults in {@code veille-defaults.yaml} (every key documented in
 * {@code docs/configuration.md}), overlaid by the user's YAML file, overlaid by environment variables.
 *
 * <p>Keys are dotted paths ({@code kafka.bootstrap-servers}). A key's environment variable is
 * {@code VEILLE_} followed by the key upper-cased with dots and dashes turned into underscores
 * ({@code VEILLE_KAFKA_BOOTSTRAP_SERVERS}). Maps under {@code kafka.client} and
 * {@code elasticsearch.client} pass through to the clients unchanged.
 */
public final class VeilleConfig {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String DEFAULTS = "/veille-defaults.yaml";

    private final Map<String, String> values;

    private VeilleConfig(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** The defaults alone. */
    public static VeilleConfig defaults() {
        return load(null, Map.of());
    }

    /** Defaults, then {@code file} when given, then the process environment. */
    public static VeilleConfig load(Path file) {
        return load(file, System.getenv());
    }

    /**
     * Defaults, then {@code file} when not null, then {@code env}.
     *
     * @throws ConfigException when the file cannot be read or names a key Veille does not know
     */
    public static VeilleConfig load(Path file, Map<String, String> env) {
        Map<String, String> values = new LinkedHashMap<>();
        try (InputStream in = VeilleConfig.class.getResourceAsStream(DEFAULTS)) {
            flatten("", YAML.readTree(in), values);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the built-in " + DEFAULTS, e);
        }
        if (file != null) {
            Map<String, String> user = new LinkedHashMap<>();
            try {
                JsonNode tree = YAML.readTree(Files.readAllBytes(file));
                if (tree != null && !tree.isMissingNode() && !tree.isNull()) {
                    flatten("", tree, user);
                }
            } catch (IOException e) {
                throw new ConfigException("Cannot read configuration " + file + ": " + e.getMessage());
            }
            for (String key : user.keySet()) {
                if (!values.containsKey(key) && !isPassThrough(key)) {
                    throw new ConfigException("Unknown configuration key '" + key + "' in " + file
                            + " (see docs/configuration.md)");
                }
            }
            values.putAll(user);
        }
        for (String key : values.keySet().toArray(String[]::new)) {
            String override = env.get(envName(key));
            if (override != null) {
                values.put(key, override);
            }
        }
        return new VeilleConfig(values);
    }

    /** The environment variable that overrides {@code key}. */
    public static String envName(String key) {
        return "VEILLE_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** A copy with {@code key} set to {@code value} (command-line options use this). */
    public VeilleConfig with(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.put(key, value);
        return new VeilleConfig(copy);
    }

    public String string(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new ConfigException("Missing configuration key '" + key + "'");
        }
        return value;
    }

    public Optional<String> optional(String key) {
        return Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank());
    }

    public int integer(String key) {
        String value = string(key);
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new ConfigException("Configuration key '" + key + "' must be an integer, not '" + value + "'");
        }
    }

    public boolean bool(String key) {
        String value = string(key).trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new ConfigException("Configuration key '" + key + "' must be true or false, not '" + value + "'");
        };
    }

    /** A duration written as {@code 500ms}, {@code 30s}, {@code 5m}, {@code 24h}, {@code 7d} or ISO-8601. */
    public Duration duration(String key) {
        String value = string(key);
        try {
            return Durations.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("Configuration key '" + key + "': " + e.getMessage());
        }
    }

    /** Every key under {@code prefix.}, with the prefix removed: client properties that pass through. */
    public Map<String, String> subtree(String prefix) {
        String dotted = prefix + ".";
        Map<String, String> result = new TreeMap<>();
        values.forEach((key, value) -> {
            if (key.startsWith(dotted)) {
                result.put(key.substring(dotted.length()), value);
            }
        });
        return result;
    }

    /** All values, for display ({@code veille config}) and tests. */
    public Map<String, String> asMap() {
        return values;
    }

    private static boolean isPassThrough(String key) {
        return key.startsWith("kafka.client.") || key.startsWith("elasticsearch.client.");
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> flatten(
                    prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), out));
        } else if (node.isArray()) {
            StringBuilder joined = new StringBuilder();
            node.forEach(item -> joined.append(joined.length() == 0 ? "" : ",").append(item.asText()));
            out.put(prefix, joined.toString());
        } else if (!node.isNull()) {
            out.put(prefix, node.asText());
        } else {
            out.put(prefix, "");
        }
    }

    /** A configuration the user must fix: bad file, unknown key, wrong type. */
    public static final class ConfigException extends RuntimeException {
        public ConfigException(String message) {
            super(message);
        }
    }
}
