import type { PortalAbilities } from "./access/PortalAbilities";
import { INVITATIONS_PATH } from "./invitations/routes";
import { FRAUD_PATH } from "./fraud/routes";
import { PORTAL_SETTINGS_PATH } from "./settings/routes";
import { TOKENS_PATH } from "./tokens/routes";

/** One entry of the portal's group in the console's left menu. */
export type NavEntry = {
  /** The element id and test id: nav-item-{id}. */
  id: string;
  /** The route below /{realm}. */
  path: string;
  /** The message key of its label. */
  label: string;
  /** Whether the signed-in administrator may open it. */
  shown: (abilities: PortalAbilities) => boolean;
};

/** The portal's menu entries, in menu order. */
export const navEntries: NavEntry[] = [
  {
    id: "mfa-portal-settings",
    path: PORTAL_SETTINGS_PATH,
    label: "mfaPortalSettings",
    shown: (abilities) => abilities.viewSettings,
  },
  {
    id: "mfa-portal-tokens",
    path: TOKENS_PATH,
    label: "mfaTokens",
    shown: (abilities) => abilities.manageTokens,
  },
  {
    id: "mfa-portal-invitations",
    path: INVITATIONS_PATH,
    label: "mfaInvitations",
    // The server answers per member whether this administrator may invite them.
    shown: (abilities) => abilities.queryUsers,
  },
  {
    id: "mfa-portal-fraud",
    path: FRAUD_PATH,
    label: "mfaFraudAndLockouts",
    shown: (abilities) => abilities.viewFraud,
  },
];
