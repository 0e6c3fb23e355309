import type KeycloakAdminClient from "@keycloak/keycloak-admin-client";
import { portalPost } from "../portalApi";

/** One user's invitation result, as the server names it. */
export type InvitationResult = "sent" | "no_email" | "not_allowed" | "disabled" | "no_account_console" | "failed";

export type GroupInvitations = {
  sent: number;
  users: { userId: string; username: string; result: InvitationResult }[];
};

type Refusal = { error?: string; error_description?: string };

/** POST users/{id}/invitation: the result, "not_allowed" for a 403, or the server's error code. */
export async function inviteUser(adminClient: KeycloakAdminClient, realm: string, userId: string): Promise<string> {
  const reply = await portalPost<{ result?: string } & Refusal>(
    adminClient,
    realm,
    `users/${encodeURIComponent(userId)}/invitation`,
  );
  if (reply.status === 403) {
    return "not_allowed";
  }
  return reply.body?.result ?? reply.body?.error ?? "failed";
}

/** POST groups/{id}/invitations: every direct member's result. */
export async function inviteGroup(
  adminClient: KeycloakAdminClient,
  realm: string,
  groupId: string,
): Promise<GroupInvitations> {
  const reply = await portalPost<GroupInvitations>(
    adminClient,
    realm,
    `groups/${encodeURIComponent(groupId)}/invitations`,
  );
  if (!reply.ok || !reply.body) {
    throw new Error(`groups/${groupId}/invitations: ${reply.status}`);
  }
  return reply.body;
}
