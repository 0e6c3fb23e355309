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

/** Sends a change to the portal's admin REST (POST, PUT, DELETE) with the console's admin token; no answer body is read. */
export async function portalSend(
  adminClient: KeycloakAdminClient,
  realm: string,
  method: "POST" | "PUT" | "DELETE",
  path: string,
): Promise<void> {
  const token = await adminClient.getAccessToken();
  const url = `${adminClient.baseUrl}/admin/realms/${encodeURIComponent(realm)}/mfa-portal/${path}`;
  const reply = await fetch(url, { method, headers: { Authorization: `Bearer ${token}` } });
  if (!reply.ok) {
    throw new Error(`${path}: ${reply.status}`);
  }
}
