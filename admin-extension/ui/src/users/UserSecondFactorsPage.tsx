import type CredentialRepresentation from "@keycloak/keycloak-admin-client/lib/defs/credentialRepresentation";
import type UserRepresentation from "@keycloak/keycloak-admin-client/lib/defs/userRepresentation";
import { useRealm, ViewHeader } from "@keycloak/keycloak-admin-ui";
import {
  DataList,
  DataListCell,
  DataListItem,
  DataListItemCells,
  DataListItemRow,
  PageSection,
} from "@patternfly/react-core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { useConsoleAdminClient } from "../portalApi";
import { InviteButton } from "./InviteButton";

/**
 * A user's second factors, named with the portal's messages (Keycloak's Credentials tab prints raw type ids).
 * First cut: read from Keycloak's own user REST; the portal's GET users/{id} will add numbers, devices, locks.
 */
export default function UserSecondFactorsPage() {
  const { t } = useTranslation();
  const adminClient = useConsoleAdminClient();
  const { realm } = useRealm();
  const { id } = useParams<{ id: string }>();
  const [user, setUser] = useState<UserRepresentation>();
  const [credentials, setCredentials] = useState<CredentialRepresentation[]>([]);

  useEffect(() => {
    adminClient.users.findOne({ id: id! }).then(setUser, console.error);
    adminClient.users.getCredentials({ id: id! }).then(setCredentials, console.error);
  }, [adminClient, id]);

  return (
    <>
      <ViewHeader titleKey={user?.username ?? ""} subKey="mfaUserSecondFactorsHelp" />
      <PageSection variant="light" data-testid="mfa-user-second-factors">
        <Link to={`/${encodeURIComponent(realm)}/users/${id}/settings`}>{t("mfaBackToUser")}</Link>
        <InviteButton userId={id!} />
        <DataList aria-label={t("mfaUserSecondFactors")}>
          {credentials
            .filter((credential) => credential.type !== "password")
            .map((credential) => (
              <DataListItem key={credential.id} data-testid={`mfa-credential-${credential.type}`}>
                <DataListItemRow>
                  <DataListItemCells
                    dataListCells={[
                      <DataListCell key="type">
                        {t(`mfaCredentialName_${credential.type}`, { defaultValue: credential.type })}
                      </DataListCell>,
                      <DataListCell key="label">{credential.userLabel}</DataListCell>,
                    ]}
                  />
                </DataListItemRow>
              </DataListItem>
            ))}
        </DataList>
      </PageSection>
    </>
  );
}
