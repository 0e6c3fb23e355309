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

/** A refusal of the portal's admin REST: {"error", "setting" (for a refused setting), "error_description"}. */
export class PortalRefusal extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly description: string,
    readonly setting?: string,
  ) {
    super(description || `${error} (${status})`);
  }
}

/** Sends a change (PUT/POST/DELETE) to the portal's admin REST; a refusal throws a PortalRefusal. */
export async function portalSend<T>(
  adminClient: KeycloakAdminClient,
  realm: string,
  method: "PUT" | "POST" | "DELETE",
  path: string,
  body?: unknown,
): Promise<T> {
  const token = await adminClient.getAccessToken();
  const url = `${adminClient.baseUrl}/admin/realms/${encodeURIComponent(realm)}/mfa-portal/${path}`;
  const reply = await fetch(url, {
    method,
    headers: { Authorization: `Bearer ${token}`, Accept: "application/json", "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await reply.text();
  const json = text ? JSON.parse(text) : undefined;
  if (!reply.ok) {
    throw new PortalRefusal(reply.status, json?.error ?? "", json?.error_description ?? "", json?.setting);
  }
  return json as T;
}
