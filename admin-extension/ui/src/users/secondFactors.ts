import type KeycloakAdminClient from "@keycloak/keycloak-admin-client";
import { portalGet, portalSend } from "../portalApi";

/** GET mfa-portal/users/{id}: the user's second factors, numbers masked (SecondFactorsJson on the server). */
export type SecondFactors = {
  userId: string;
  username: string;
  methods: { type: string; nameKey: string; allowed: boolean; configured: boolean; isDefault: boolean }[];
  defaultMethod?: string;
  /** source: "directory" when the company directory put the number there (it follows the directory), else "user". */
  text?: { number: string; source: "directory" | "user" };
  voice?: { number: string; extension?: string; backupNumber?: string; locked: boolean; source: "directory" | "user" };
  devices: { credentialId: string; name: string; enrolledAt: number }[];
  otp: { credentialId: string; label?: string; kind: string; token: boolean }[];
  questionsSet: boolean;
  pin: { required: boolean; requiredByRealm: boolean; requiredForUser: boolean; set: boolean };
  bypass?: { expiresAt: number; grantedBy: string };
  lockedOut?: "TEMPORARY" | "PERMANENT";
  canManage: boolean;
  canReveal: boolean;
};

/** GET mfa-portal/users/{id}/numbers: the full numbers (each look is an admin event). */
export type FullNumbers = {
  textNumber?: string;
  callNumber?: string;
  callExtension?: string;
  callBackupNumber?: string;
};

/** A remembered browser (GET mfa-portal/users/{id}/browsers); times in epoch milliseconds. */
export type RememberedBrowser = { id: string; name: string; createdAt: number; lastUsedAt: number; expiresAt: number };

/** An unassigned token of the inventory (GET mfa-portal/oath/tokens). */
export type TokenSummary = { serial: string; type: string };

/** The portal's REST for one user, with the console's admin client. */
export const userApi = (adminClient: KeycloakAdminClient, realm: string, id: string) => {
  const user = `users/${encodeURIComponent(id)}`;
  return {
    load: () => portalGet<SecondFactors>(adminClient, realm, user),
    reveal: () => portalGet<FullNumbers>(adminClient, realm, `${user}/numbers`),
    changeText: (number: string) => portalSend(adminClient, realm, "PUT", `${user}/phone`, { number }),
    changeCalls: (numbers: { number: string; extension: string; backupNumber: string }) =>
      portalSend(adminClient, realm, "PUT", `${user}/voice`, numbers),
    requirePin: (required: boolean) => portalSend(adminClient, realm, "PUT", `${user}/pin-required`, { required }),
    reset: (type: string) => portalSend(adminClient, realm, "DELETE", `${user}/methods/${encodeURIComponent(type)}`),
    startBypass: () => portalSend(adminClient, realm, "POST", `${user}/bypass`),
    cancelBypass: () => portalSend(adminClient, realm, "DELETE", `${user}/bypass`),
    unlockCalls: () => portalSend(adminClient, realm, "POST", `${user}/voice/unlock`),
    rememberedBrowsers: () => portalGet<RememberedBrowser[]>(adminClient, realm, `${user}/browsers`),
    revokeBrowsers: () => portalSend(adminClient, realm, "DELETE", `${user}/browsers`),
    unassignedTokens: () => portalGet<TokenSummary[]>(adminClient, realm, "oath/tokens"),
    assignToken: (serial: string) =>
      portalSend(adminClient, realm, "POST", `oath/tokens/${encodeURIComponent(serial)}/assignment`, { userId: id }),
  };
};

export type UserApi = ReturnType<typeof userApi>;
