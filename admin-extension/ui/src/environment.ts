import { AdminEnvironment } from "@keycloak/keycloak-admin-ui";
import { getInjectedEnvironment } from "@keycloak/keycloak-ui-shared";

/** What the server's admin index.ftl writes into the page (realm, URLs, resource version). */
export const environment = getInjectedEnvironment<AdminEnvironment>();
