import type { routes } from "@keycloak/keycloak-admin-ui";
import type { RouteHandle } from "./RouteAccessWall";

/** A console route as the library declares its own (path, breadcrumb), with what its page needs to be seen. */
export type AppRoute = Omit<(typeof routes)[number], "handle"> & { handle: RouteHandle };
