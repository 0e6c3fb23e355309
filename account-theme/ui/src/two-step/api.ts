import type { useEnvironment } from "@keycloak/keycloak-account-ui";

type KeycloakContext = ReturnType<typeof useEnvironment>;

/** The contract of /realms/{realm}/mfa-portal/account/* (served by authenticator-spi). */
export type MethodType = "mfa-voice" | "mfa-sms" | "otp" | "mfa-questions" | string;

export type PortalSettings = {
  selectMethodAllowed: boolean;
  selectLanguageAllowed: boolean;
  bypassAllowed: boolean;
  bypassUserChoosesSeconds: boolean;
  bypassDefaultSeconds: number;
  bypassMaxSeconds: number;
  mobileAppMaxDevices: number;
};

export type Method = {
  type: MethodType;
  configured: boolean;
  isDefault: boolean;
  label: string | null;
  setupAction: string | null;
};

/** Besides the methods, where the realm uses them: the PIN, third-party OATH tokens, security questions. */
export type Extra = {
  id: "pin" | "oath-token" | "questions" | string;
  configured: boolean;
  action: string;
};

/** A phone of the mobile app method (an mfa-push credential); created in epoch milliseconds. */
export type Device = { id: string; name: string; serial: string; created: number };

export type Overview = {
  settings: PortalSettings;
  methods: Method[];
  extras: Extra[];
  locale: string;
  locales: string[];
  bypass: { active: boolean; expiresAt: number | null; secondStepWithinMinutes: number };
  canStartBypass: boolean;
};

/** A refusal from the portal API: its JSON error code, when it sent one. */
export class PortalApiError extends Error {
  constructor(
    readonly status: number,
    readonly error: string | undefined,
    readonly description: string | undefined,
  ) {
    super(description ?? error ?? `HTTP ${status}`);
  }
}

async function call(context: KeycloakContext, method: string, path: string, body?: unknown) {
  const { environment, keycloak } = context;
  await keycloak.updateToken(10);
  const url = `${environment.serverBaseUrl}/realms/${encodeURIComponent(environment.realm)}/mfa-portal/account/${path}`;
  const response = await fetch(url, {
    method,
    headers: {
      Authorization: `Bearer ${keycloak.token}`,
      Accept: "application/json",
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    const json = await response.json().catch(() => ({}));
    throw new PortalApiError(response.status, json.error, json.error_description);
  }
  return response.status === 204 ? undefined : response.json();
}

export const getOverview = (context: KeycloakContext): Promise<Overview> => call(context, "GET", "overview");

export const setDefaultMethod = (context: KeycloakContext, type: MethodType) =>
  call(context, "PUT", "default-method", { type });

export const setLocale = (context: KeycloakContext, locale: string) => call(context, "PUT", "locale", { locale });

export const startBypass = (context: KeycloakContext, seconds?: number): Promise<{ expiresAt: number }> =>
  call(context, "POST", "bypass", seconds === undefined ? {} : { seconds });

export const cancelBypass = (context: KeycloakContext) => call(context, "DELETE", "bypass");

export const getDevices = (context: KeycloakContext): Promise<Device[]> => call(context, "GET", "devices");

export const renameDevice = (context: KeycloakContext, id: string, name: string) =>
  call(context, "PUT", `devices/${encodeURIComponent(id)}`, { name });

export const removeDevice = (context: KeycloakContext, id: string) =>
  call(context, "DELETE", `devices/${encodeURIComponent(id)}`);
