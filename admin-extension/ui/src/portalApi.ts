import type KeycloakAdminClient from "@keycloak/keycloak-admin-client";
import { AdminClientContext } from "@keycloak/keycloak-admin-ui";
import { useContext } from "react";

/** The console's admin client (signed in as the admin using the console). */
export function useConsoleAdminClient(): KeycloakAdminClient {
  // The library's declaration of this context's type does not resolve outside Keycloak's build.
  const context = useContext(AdminClientContext) as { adminClient: KeycloakAdminClient } | undefined;
  return context!.adminClient;
}

/** Reads from the portal's admin REST (/admin/realms/{realm}/mfa-portal/...) with the console's own admin token; a refusal throws PortalRefusal. */
export async function portalGet<T>(adminClient: KeycloakAdminClient, realm: string, path: string): Promise<T> {
  const token = await adminClient.getAccessToken();
  const url = `${adminClient.baseUrl}/admin/realms/${encodeURIComponent(realm)}/mfa-portal/${path}`;
  const reply = await fetch(url, { headers: { Authorization: `Bearer ${token}`, Accept: "application/json" } });
  const json = parseJson(await reply.text());
  if (!reply.ok) {
    throw new PortalRefusal(reply.status, {
      error_description: `${path}: ${reply.status}`,
      ...((json ?? {}) as Record<string, unknown>),
    });
  }
  return json as T;
}

/** A refusal of the portal's admin REST: the HTTP status and the JSON error it sent. */
export class PortalRefusal extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(typeof body.error_description === "string" ? body.error_description : `HTTP ${status}`);
  }

  /** The error code ("invalid_setting", ...). */
  get error(): string {
    return typeof this.body.error === "string" ? this.body.error : "";
  }

  /** The server's sentence for people. */
  get description(): string {
    return typeof this.body.error_description === "string" ? this.body.error_description : "";
  }

  /** The setting the server refused, when it names one. */
  get setting(): string | undefined {
    return typeof this.body.setting === "string" ? this.body.setting : undefined;
  }

  /** The field of the request the server refused, when it names one. */
  get field(): string | undefined {
    return typeof this.body.field === "string" ? this.body.field : undefined;
  }
}

/** Sends a change (PUT/POST/DELETE) as JSON; answers the reply's JSON (undefined when empty), or throws PortalRefusal. */
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
    headers: {
      Authorization: `Bearer ${token}`,
      Accept: "application/json",
      "Content-Type": "application/json",
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = parseJson(await reply.text());
  if (!reply.ok) {
    throw new PortalRefusal(reply.status, (json ?? {}) as Record<string, unknown>);
  }
  return json as T;
}

/** The reply's JSON; a reply that is not JSON (a proxy's error page) becomes its own description. */
function parseJson(text: string): unknown {
  if (!text) {
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch {
    return { error_description: text };
  }
}
