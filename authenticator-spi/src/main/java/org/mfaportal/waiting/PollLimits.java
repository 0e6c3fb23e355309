package org.mfaportal.waiting;

import org.keycloak.Config;

/**
 * How many waiting polls one node holds open: per ticket (a page and a reload), per client network
 * (its address as Keycloak sees it behind the trusted proxy; an IPv6 client by its /64), and in
 * all. A poll over a bound is answered at once, so an attacker's thousands of polls cost a refusal
 * each, never a held request.
 */
public record PollLimits(int perTicket, int perClient, int perNode) {

    public static final PollLimits DEFAULT = new PollLimits(3, 50, 10_000);

    public PollLimits {
        if (perTicket < 1 || perClient < 1 || perNode < 1) {
            throw new IllegalArgumentException("waiting poll limits must be at least 1");
        }
    }

    /**
     * Node options: {@code --spi-mfa-waiting-polls--default--max-per-ticket}, {@code
     * --...--max-per-client}, {@code --...--max-per-node}.
     */
    static PollLimits from(Config.Scope config) {
        return new PollLimits(
                config.getInt("max-per-ticket", DEFAULT.perTicket),
                config.getInt("max-per-client", DEFAULT.perClient),
                config.getInt("max-per-node", DEFAULT.perNode));
    }
}
