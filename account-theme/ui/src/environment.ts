import type { AccountEnvironment } from "@keycloak/keycloak-account-ui";
import { getInjectedEnvironment } from "@keycloak/keycloak-ui-shared";

/** What keycloak.v3's index.ftl writes into the page (script#environment). */
export const environment = getInjectedEnvironment<AccountEnvironment>();
