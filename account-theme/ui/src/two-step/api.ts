import type { useEnvironment } from "@keycloak/keycloak-account-ui";

type KeycloakContext = ReturnType<typeof useEnvironment>;

// The contract of /realms/{realm}/mfa-portal/account/* (served by authenticator-spi).

export type PortalSettings = {
  selectMethodAllowed: boolean;
  selectLanguageAllowed: boolean;
  bypassAllowed: boolean;
  bypassUserChoosesSeconds: boolean;
  bypassDefaultSeconds: number;
  bypassMaxSeconds: number;
  mobileAppMaxDevices: number;
};

/**
 * One sign-in method of the server's method catalog, in the server's order. The page never lists the methods
 * itself: it shows those the overview sends, named by the theme's message `mfaPortalMethod-<type>`.
 */
export type Method = {
  /** The method's id in the server's catalog (its credential type, e.g. "mfa-sms"). */
  type: string;
  configured: boolean;
  isDefault: boolean;
  /** The user's own name for the credential, when set up. */
  label: string | null;
  /** The required action that sets the method up, when the realm has it enabled. */
  setupAction: string | null;
  /** The catalog's message keys of the login theme (the sign-in pages' names); the page uses its own `mfaPortalMethod-<type>`. */
  displayNameKey: string;
  helpTextKey: string;
  /** The number came from the company directory (then, where the directory owns it, setupAction is null). */
  fromDirectory: boolean;
};

/** Besides the methods, where the realm uses them: the PIN, third-party OATH tokens, security questions. */
export type Extra = {
  /** The server's id of the extra (e.g. "pin"), named by the theme's message `mfaPortalExtra-<id>`. */
  id: string;
  configured: boolean;
  action: string;
};

/** A phone of the mobile app method (an mfa-push credential); created in epoch milliseconds. */
export type Device = { id: string; name: string; serial: string; created: number };

/** A remembered browser (issue 17.1); times in epoch milliseconds. */
export type RememberedBrowser = { id: string; name: string; createdAt: number; lastUsedAt: number; expiresAt: number };

/**
 * The method whose credentials GET devices lists (the mobile app): the one type the page knows by name, since
 * the devices API is that method's own.
 */
export const DEVICES_METHOD = "mfa-push";

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

/**
 * A valid access token, refreshed when about to expire (or always, with -1). When it cannot be refreshed (the
 * session ended: signed out elsewhere, or idle too long) the browser goes to Keycloak's sign-in page, which comes
 * back to this page, and the promise never settles: there is nothing to show meanwhile.
 */
async function accessToken({ keycloak }: KeycloakContext, minValidity: number): Promise<string> {
  try {
    await keycloak.updateToken(minValidity);
  } catch {
    await keycloak.login();
    return new Promise<never>(() => {});
  }
  return keycloak.token!;
}

type Request = { method: string; path: string; body?: unknown; signal?: AbortSignal };

async function call(context: KeycloakContext, { method, path, body, signal }: Request) {
  const { environment } = context;
  const url = `${environment.serverBaseUrl}/realms/${encodeURIComponent(environment.realm)}/mfa-portal/account/${path}`;
  const send = (token: string) =>
    fetch(url, {
      method,
      signal,
      headers: {
        Authorization: `Bearer ${token}`,
        Accept: "application/json",
        ...(body === undefined ? {} : { "Content-Type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  let response = await send(await accessToken(context, 10));
  if (response.status === 401) {
    // The server no longer takes the token though it looked valid here (its session ended, or the clocks differ):
    // refresh it once, which signs in again when the session is gone.
    response = await send(await accessToken(context, -1));
  }
  if (!response.ok) {
    const json = await response.json().catch(() => ({}));
    throw new PortalApiError(response.status, json.error, json.error_description);
  }
  return response.status === 204 ? undefined : response.json();
}

export const getOverview = (context: KeycloakContext, signal?: AbortSignal): Promise<Overview> =>
  call(context, { method: "GET", path: "overview", signal });

export const setDefaultMethod = (context: KeycloakContext, type: string) =>
  call(context, { method: "PUT", path: "default-method", body: { type } });

export const setLocale = (context: KeycloakContext, locale: string) =>
  call(context, { method: "PUT", path: "locale", body: { locale } });

export const startBypass = (context: KeycloakContext, seconds?: number): Promise<{ expiresAt: number }> =>
  call(context, { method: "POST", path: "bypass", body: seconds === undefined ? {} : { seconds } });

export const cancelBypass = (context: KeycloakContext) => call(context, { method: "DELETE", path: "bypass" });

export const getDevices = (context: KeycloakContext, signal?: AbortSignal): Promise<Device[]> =>
  call(context, { method: "GET", path: "devices", signal });

export const renameDevice = (context: KeycloakContext, id: string, name: string) =>
  call(context, { method: "PUT", path: `devices/${encodeURIComponent(id)}`, body: { name } });

export const removeDevice = (context: KeycloakContext, id: string) =>
  call(context, { method: "DELETE", path: `devices/${encodeURIComponent(id)}` });

export const getBrowsers = (context: KeycloakContext, signal?: AbortSignal): Promise<RememberedBrowser[]> =>
  call(context, { method: "GET", path: "browsers", signal });

export const forgetBrowser = (context: KeycloakContext, id: string) =>
  call(context, { method: "DELETE", path: `browsers/${encodeURIComponent(id)}` });

export const forgetAllBrowsers = (context: KeycloakContext) => call(context, { method: "DELETE", path: "browsers" });
