import type KeycloakAdminClient from "@keycloak/keycloak-admin-client";
import { PortalRefusal, portalSend } from "../portalApi";

/** One user's invitation result, as the server names it. */
export type InvitationResult =
  "sent" | "no_email" | "already_enrolled" | "not_allowed" | "disabled" | "no_account_console" | "failed";

export type GroupInvitations = {
  sent: number;
  users: { userId: string; username: string; result: InvitationResult }[];
};

/** POST users/{id}/invitation: the result, "not_allowed" for a 403, or the server's error code. */
export async function inviteUser(adminClient: KeycloakAdminClient, realm: string, userId: string): Promise<string> {
  try {
    const reply = await portalSend<{ result?: string }>(
      adminClient,
      realm,
      "POST",
      `users/${encodeURIComponent(userId)}/invitation`,
    );
    return reply?.result ?? "failed";
  } catch (e) {
    if (e instanceof PortalRefusal) {
      return e.status === 403 ? "not_allowed" : e.error || "failed";
    }
    throw e;
  }
}

/** POST groups/{id}/invitations: every direct member's result. */
export function inviteGroup(
  adminClient: KeycloakAdminClient,
  realm: string,
  groupId: string,
): Promise<GroupInvitations> {
  return portalSend<GroupInvitations>(adminClient, realm, "POST", `groups/${encodeURIComponent(groupId)}/invitations`);
}
