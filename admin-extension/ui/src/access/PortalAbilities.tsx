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
  // The answer names its realm: after a realm switch the previous realm's answer is not used while the new loads.
  const [answer, setAnswer] = useState<{ realm: string; abilities: PortalAbilities }>();
  const abilities = answer?.realm === realm ? answer.abilities : undefined;

  useEffect(() => {
    let current = true;
    const keep = (abilities: PortalAbilities) => current && setAnswer({ realm, abilities });
    portalGet<PortalAbilities>(adminClient, realm, "me").then(keep, () => keep(NONE));
    return () => {
      current = false;
    };
  }, [adminClient, realm]);

  return <AbilitiesContext.Provider value={abilities}>{children}</AbilitiesContext.Provider>;
};

/** The administrator's abilities, or undefined while they load. */
export function usePortalAbilities(): PortalAbilities | undefined {
  return useContext(AbilitiesContext);
}
