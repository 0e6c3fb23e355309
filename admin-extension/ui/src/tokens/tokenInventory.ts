import type KeycloakAdminClient from "@keycloak/keycloak-admin-client";
import { portalGet, portalSend } from "../portalApi";

/** A waiting token as GET oath/tokens shows it (never its key). */
export type TokenSummary = {
  serial: string;
  type: "hotp" | "totp";
  digits: number;
  algorithm: string;
  period?: number | null;
  counter?: number | null;
};

export type TokenFileFormat = "pskc" | "csv";

/** The body of POST oath/tokens: the file's text as read in the browser, and a PSKC file's pre-shared key (hex). */
export type TokenImport = { format: TokenFileFormat; content: string; preSharedKey?: string };

/** The refusal of an import: nothing was imported; line (CSV) or keyPackage (PSKC) and serial point at the record. */
export type TokenFileError = {
  error: string;
  error_description: string;
  line?: number;
  keyPackage?: number;
  serial?: string;
  reason?: string;
};

const TOKENS = "oath/tokens";

/** One page of the waiting tokens whose serial contains the search, ordered by serial. */
export function findTokens(
  adminClient: KeycloakAdminClient,
  realm: string,
  search: string,
  first: number,
  max: number,
): Promise<TokenSummary[]> {
  const query = new URLSearchParams({ search, first: String(first), max: String(max) });
  return portalGet<TokenSummary[]>(adminClient, realm, `${TOKENS}?${query}`);
}

export async function importTokens(adminClient: KeycloakAdminClient, realm: string, file: TokenImport) {
  return (await portalSend<{ imported: number; serials: string[] }>(adminClient, realm, "POST", TOKENS, file))!;
}

export function assignToken(adminClient: KeycloakAdminClient, realm: string, serial: string, userId: string) {
  return portalSend<void>(adminClient, realm, "POST", `${TOKENS}/${encodeURIComponent(serial)}/assignment`, {
    userId,
  });
}

export function removeTokens(adminClient: KeycloakAdminClient, realm: string, serials: string[]) {
  return portalSend<{ removed: number }>(adminClient, realm, "POST", `${TOKENS}/removal`, { serials });
}

/** A guess from the file's name, which the administrator can still change. */
export function formatOf(fileName: string): TokenFileFormat | undefined {
  const name = fileName.toLowerCase();
  return name.endsWith(".csv") ? "csv" : name.endsWith(".xml") || name.endsWith(".pskc") ? "pskc" : undefined;
}
