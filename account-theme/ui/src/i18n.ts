import { createInstance } from "i18next";
import FetchBackend from "i18next-fetch-backend";
import { initReactI18next } from "react-i18next";
import { environment } from "./environment";

// The same set-up as Keycloak's own account console: texts come from the server
// (GET {server}/resources/{realm}/account/{lng}), i.e. the realm's account theme messages: ours
// (messages/messages_xx.properties of the mfa-portal theme) merged over keycloak.v3's.
export const i18n = createInstance({
  fallbackLng: "en",
  nsSeparator: false,
  interpolation: { escapeValue: false },
  backend: {
    loadPath: `${environment.serverBaseUrl}/resources/${encodeURIComponent(environment.realm)}/account/{{lng}}`,
    parse: (data: string) => {
      const messages: { key: string; value: string }[] = JSON.parse(data);
      return Object.fromEntries(messages.map(({ key, value }) => [key, value]));
    },
  },
});

i18n.use(FetchBackend);
i18n.use({ type: "languageDetector", detect: () => environment.locale });
i18n.use(initReactI18next);
