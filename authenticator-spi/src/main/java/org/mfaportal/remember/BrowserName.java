package org.mfaportal.remember;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A short, readable name for a browser from its User-Agent, e.g. "Chrome on Linux". Only names from
 * the lists below are ever stored, never the header's own text: a crafted header cannot put
 * anything on the account page.
 */
final class BrowserName {

    /** First match wins: Edge and Opera also say "Chrome", Chrome also says "Safari". */
    private static final List<Map.Entry<String, String>> BROWSERS =
            List.of(
                    Map.entry("edg/", "Edge"),
                    Map.entry("opr/", "Opera"),
                    Map.entry("firefox/", "Firefox"),
                    Map.entry("chrome/", "Chrome"),
                    Map.entry("chromium/", "Chromium"),
                    Map.entry("safari/", "Safari"));

    private static final List<Map.Entry<String, String>> SYSTEMS =
            List.of(
                    Map.entry("android", "Android"),
                    Map.entry("iphone", "iOS"),
                    Map.entry("ipad", "iPadOS"),
                    Map.entry("windows", "Windows"),
                    Map.entry("cros", "ChromeOS"),
                    Map.entry("mac os x", "macOS"),
                    Map.entry("linux", "Linux"));

    private BrowserName() {}

    static String of(String userAgent) {
        String agent = userAgent == null ? "" : userAgent.toLowerCase(Locale.ROOT);
        String browser = first(BROWSERS, agent, "A browser");
        String system = first(SYSTEMS, agent, null);
        return system == null ? browser : browser + " on " + system;
    }

    private static String first(
            List<Map.Entry<String, String>> names, String agent, String otherwise) {
        return names.stream()
                .filter(name -> agent.contains(name.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(otherwise);
    }
}
