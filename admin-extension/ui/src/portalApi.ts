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

/** A refusal from the portal's admin REST: the HTTP status and the JSON error it sent ({error, error_description, ...}). */
export class PortalError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(typeof body.error_description === "string" ? body.error_description : `HTTP ${status}`);
  }
}

/** Sends a change to the portal's admin REST as JSON; answers the reply's JSON (undefined for 204), or throws PortalError. */
export async function portalSend<T>(
  adminClient: KeycloakAdminClient,
  realm: string,
  method: "POST" | "PUT" | "DELETE",
  path: string,
  body?: unknown,
): Promise<T | undefined> {
  const token = await adminClient.getAccessToken();
  const url = `${adminClient.baseUrl}/admin/realms/${encodeURIComponent(realm)}/mfa-portal/${path}`;
  const reply = await fetch(url, {
    method,
    headers: { Authorization: `Bearer ${token}`, Accept: "application/json", "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!reply.ok) {
    const error = await reply.json().catch(() => ({}));
    throw new PortalError(reply.status, error as Record<string, unknown>);
  }
  return reply.status === 204 ? undefined : ((await reply.json()) as T);
}
