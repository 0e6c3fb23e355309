import { createInstance } from "i18next";
import FetchBackend from "i18next-fetch-backend";
import { initReactI18next } from "react-i18next";
import { environment } from "./environment";

type Message = { key: string; value: string };

/**
 * The console's messages come from the server, as for Keycloak's own build: the admin theme's message bundles
 * (Keycloak's, plus ours in theme/mfa-portal/admin/messages) merged with the realm's overrides.
 */
export const i18n = createInstance({
  fallbackLng: "en",
  keySeparator: ".",
  nsSeparator: false,
  interpolation: { escapeValue: false },
  defaultNS: [environment.realm],
  ns: [environment.realm],
  backend: {
    loadPath: `${environment.adminBaseUrl.replace(/\/$/, "")}/resources/{{ns}}/admin/{{lng}}`,
    parse: (data: string) => Object.fromEntries((JSON.parse(data) as Message[]).map(({ key, value }) => [key, value])),
  },
});

i18n.use(FetchBackend);
i18n.use(initReactI18next);
