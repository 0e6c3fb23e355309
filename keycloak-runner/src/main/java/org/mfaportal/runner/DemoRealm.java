package org.mfaportal.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the banner tells about the demo realm, read from the export itself so it cannot drift. */
record DemoRealm(String name, List<DemoUser> users) {

    record DemoUser(String username, String password) {}

    static DemoRealm read(Path export) throws IOException {
        JsonNode realm = new ObjectMapper().readTree(export.toFile());
        List<DemoUser> users = new ArrayList<>();
        for (JsonNode user : realm.path("users")) {
            for (JsonNode credential : user.path("credentials")) {
                if ("password".equals(credential.path("type").asText())) {
                    users.add(
                            new DemoUser(
                                    user.path("username").asText(),
                                    credential.path("value").asText()));
                }
            }
        }
        return new DemoRealm(realm.path("realm").asText(), users);
    }
}
