package org.mfaportal.bypass;

import org.mfaportal.flow.PortalConditionFactory;

/**
 * "Condition - no one-time bypass": in the second step's conditional sub-flow, after the
 * trusted-network condition.
 */
public final class BypassConditionFactory extends PortalConditionFactory {

    public static final String ID = "mfa-portal-no-bypass";

    public BypassConditionFactory() {
        super(
                ID,
                "Condition - no one-time bypass",
                "Matches unless the user has a one-time bypass, which this sign-in then uses up.",
                new BypassCondition());
    }
}
