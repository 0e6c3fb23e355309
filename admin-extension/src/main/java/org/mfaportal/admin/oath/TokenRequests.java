package org.mfaportal.admin.oath;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The bodies and answers of the token inventory besides an import. A request keeps each field as
 * the JSON value sent (Object), so the resource checks its type itself and refuses with its own
 * code.
 */
final class TokenRequests {

    private TokenRequests() {}

    /** {"userId": "..."}: who gets the token. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Assignment(Object userId) {}

    /** {"serials": ["...", ...]}: the waiting tokens to delete. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Removal(Object serials) {}

    /** The answer to an import, also its admin event: how many, and their serials. */
    public record Imported(int imported, List<String> serials) {}

    /** The admin event of an assignment. */
    public record Assigned(String serial, String userId) {}

    /** The admin event of a removal: the serials as asked. */
    public record Removed(List<String> serials) {}

    /** The answer to a removal: how many distinct tokens went. */
    public record RemovedCount(long removed) {}
}
