package org.mfaportal.runner;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What the demo needs that its realm export cannot carry, done through the admin REST once the
 * server is up; ./run and the tests' server both call it, so the two cannot differ.
 */
public final class DemoAfterImport {

    private DemoAfterImport() {}

    public static void apply(AdminRest admin, Path realmExport) throws IOException {
        MasterAdminTheme.ofExport(realmExport).applyTo(admin);
        MemberViewPermission.grantDemo(admin);
    }
}
