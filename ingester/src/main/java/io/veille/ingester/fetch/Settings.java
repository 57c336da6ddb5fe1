package io.veille.ingester.fetch;

import io.veille.common.config.Durations;
import io.veille.common.config.VeilleConfig;

import java.time.Duration;

/** Reads optional configuration keys with a default (the ingester's keys are not in the built-in defaults). */
public final class Settings {
    private Settings() {
    }

    public static Duration duration(VeilleConfig config, String key, Duration fallback) {
        return config.optional(key).map(v -> {
            try {
                return Durations.parse(v);
            } catch (IllegalArgumentException e) {
                throw new VeilleConfig.ConfigException("Configuration key '" + key + "': " + e.getMessage());
            }
        }).orElse(fallback);
    }

    public static int integer(VeilleConfig config, String key, int fallback) {
        return config.optional(key).isPresent() ? config.integer(key) : fallback;
    }

    public static boolean bool(VeilleConfig config, String key, boolean fallback) {
        return config.optional(key).isPresent() ? config.bool(key) : fallback;
    }

    public static double decimal(VeilleConfig config, String key, double fallback) {
        return config.optional(key).map(v -> {
            try {
                return Double.parseDouble(v.trim());
            } catch (NumberFormatException e) {
                throw new VeilleConfig.ConfigException("Configuration key '" + key + "' must be a number, not '" + v + "'");
            }
        }).orElse(fallback);
    }
}
