import type { routes } from "@keycloak/keycloak-admin-ui";

/** A console route as the library declares its own (path, breadcrumb, the roles its handle needs). */
export type AppRoute = (typeof routes)[number];
