package org.mfaportal.remember;

import org.mfaportal.flow.PortalConditionFactory;

/**
 * "Condition - browser not remembered": in the second step's conditional sub-flow, after "outside
 * trusted networks" and before "no one-time bypass" (a remembered browser does not spend a bypass).
 */
public final class RememberedBrowserConditionFactory extends PortalConditionFactory {

    public static final String ID = "mfa-portal-browser-not-remembered";

    public RememberedBrowserConditionFactory() {
        super(
                ID,
                "Condition - browser not remembered",
                "Matches unless the user ticked \"Don't ask again on this browser\" there (portal setting "
                        + "'rememberBrowserDays'). Users without a second factor, locked users and sign-ins "
                        + "where the client asks for a level of authentication always match.",
                new RememberedBrowserCondition());
    }
}
