/** GET mfa-portal/settings/schema: how to edit each setting, generated on the server from PortalSetting. */
export type SettingsSchema = {
  groups: { id: string; labelKey: string }[];
  settings: SettingDescription[];
};

type Common = { key: string; group: string; labelKey: string; helpKey: string; default: SettingValue };

export type SettingDescription = Common &
  (
    | { type: "boolean" }
    | { type: "wholeNumber"; min: number; max: number }
    | { type: "choice"; choices: string[] }
    | { type: "choiceList"; choices: string[]; emptyAllowed: boolean }
    | { type: "addressRanges"; maxEntries: number }
    | { type: "emailList"; maxEntries: number }
    | { type: "nameList"; maxEntries: number }
    // A mode: each choice's label is mfaSettingChoice_{key}_{choice}.
    | { type: "oneOf"; choices: string[] }
    // A kind the console does not know yet: edited as text, checked by the server on save.
    | { type: "text" }
  );

export type SettingValue = boolean | number | string | string[];

export type SettingValues = Record<string, SettingValue>;

/** The group shown on its own tab, as the original's Trusted IPs tab. */
export const TRUSTED_IPS_GROUP = "trustedIps";
