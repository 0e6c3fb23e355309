import { useRealm } from "@keycloak/keycloak-admin-ui";
import { createContext, PropsWithChildren, useContext, useEffect, useState } from "react";
import { portalGet, useConsoleAdminClient } from "../portalApi";

/** GET mfa-portal/me: what the signed-in administrator may do in the portal's screens of this realm. */
export type PortalAbilities = {
  roles: string[];
  queryUsers: boolean;
  viewSettings: boolean;
  manageSettings: boolean;
  manageTokens: boolean;
  viewFraud: boolean;
};

const NONE: PortalAbilities = {
  roles: [],
  queryUsers: false,
  viewSettings: false,
  manageSettings: false,
  manageTokens: false,
  viewFraud: false,
};

const AbilitiesContext = createContext<PortalAbilities | undefined>(undefined);

/** Asks the server once per realm; until it answers, nothing is allowed (no entry flashes in and out). */
export const PortalAbilitiesProvider = ({ children }: PropsWithChildren) => {
  const adminClient = useConsoleAdminClient();
  const { realm } = useRealm();
  const [abilities, setAbilities] = useState<PortalAbilities>();

  useEffect(() => {
    setAbilities(undefined);
    portalGet<PortalAbilities>(adminClient, realm, "me").then(setAbilities, () => setAbilities(NONE));
  }, [adminClient, realm]);

  return <AbilitiesContext.Provider value={abilities}>{children}</AbilitiesContext.Provider>;
};

/** The administrator's abilities, or undefined while they load. */
export function usePortalAbilities(): PortalAbilities | undefined {
  return useContext(AbilitiesContext);
}
