import type KeycloakAdminClient from "@keycloak/keycloak-admin-client";
import { AdminClientContext } from "@keycloak/keycloak-admin-ui";
import { useContext } from "react";

/** The console's admin client (signed in as the admin using the console). */
export function useConsoleAdminClient(): KeycloakAdminClient {
  // The library's declaration of this context's type does not resolve outside Keycloak's build.
  const context = useContext(AdminClientContext) as { adminClient: KeycloakAdminClient } | undefined;
  return context!.adminClient;
}

/** Calls the portal's admin REST (/admin/realms/{realm}/mfa-portal/...) with the console's own admin token. */
export async function portalGet<T>(adminClient: KeycloakAdminClient, realm: string, path: string): Promise<T> {
  const token = await adminClient.getAccessToken();
  const url = `${adminClient.baseUrl}/admin/realms/${encodeURIComponent(realm)}/mfa-portal/${path}`;
  const reply = await fetch(url, { headers: { Authorization: `Bearer ${token}`, Accept: "application/json" } });
  if (!reply.ok) {
    throw new Error(`${path}: ${reply.status}`);
  }
  return (await reply.json()) as T;
}

/** A portal admin REST answer that is not an exception: its status and JSON body (null when empty). */
export type PortalReply<T> = { ok: boolean; status: number; body: T | null };

/** POSTs to the portal's admin REST with the console's own admin token; refusals come back as replies. */
export async function portalPost<T>(
  adminClient: KeycloakAdminClient,
  realm: string,
  path: string,
  body?: unknown,
): Promise<PortalReply<T>> {
  const token = await adminClient.getAccessToken();
  const url = `${adminClient.baseUrl}/admin/realms/${encodeURIComponent(realm)}/mfa-portal/${path}`;
  const reply = await fetch(url, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${token}`,
      Accept: "application/json",
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await reply.text();
  return { ok: reply.ok, status: reply.status, body: text ? (JSON.parse(text) as T) : null };
}
