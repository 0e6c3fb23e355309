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

/** A refusal of the portal's REST: a code, the field or setting at fault, and a sentence for the person. */
export type PortalError = { error: string; field?: string; setting?: string; error_description: string };

/** The refusal a failed portalSend threw. */
export class PortalRefusal extends Error {
  constructor(
    readonly status: number,
    readonly refusal: PortalError,
  ) {
    super(refusal.error_description);
  }
}

/**
 * Sends a change (PUT, POST, DELETE) to the portal's admin REST with the console's own admin token; a refusal
 * is thrown as a PortalRefusal, so a form can show which field is wrong.
 */
export async function portalSend<T = void>(
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
  if (!reply.ok) {
    let refusal: PortalError = { error: String(reply.status), error_description: `${path}: ${reply.status}` };
    try {
      refusal = JSON.parse(text) as PortalError;
    } catch {
      // Not one of ours (e.g. a 403 page): keep the status.
    }
    throw new PortalRefusal(reply.status, refusal);
  }
  return (text ? JSON.parse(text) : undefined) as T;
}
