import type { AccountEnvironment } from "@keycloak/keycloak-account-ui";

/** What keycloak.v3's index.ftl writes into the page (script#environment). */
export const environment: AccountEnvironment = JSON.parse(document.getElementById("environment")!.textContent!);
