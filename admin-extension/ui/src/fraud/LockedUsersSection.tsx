import { useRealm } from "@keycloak/keycloak-admin-ui";
import { Button, HelperText, HelperTextItem, Label, LabelGroup, PageSection, Title } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { portalGet, portalSend, useConsoleAdminClient } from "../portalApi";
import type { LockedUser } from "./fraudTypes";

/**
 * The users locked now, with one button per lock: calls (POST users/{id}/voice/unlock), the block after a fraud
 * report (DELETE lockouts/{id}/fraud-block), and Keycloak's brute-force lock (its own attack-detection API).
 */
export default function LockedUsersSection() {
  const { t } = useTranslation();
  const adminClient = useConsoleAdminClient();
  const { realm } = useRealm();
  const [users, setUsers] = useState<LockedUser[]>();
  const [error, setError] = useState<string>();

  const load = useCallback(() => {
    portalGet<LockedUser[]>(adminClient, realm, "lockouts").then(setUsers, (e: Error) => setError(e.message));
  }, [adminClient, realm]);

  useEffect(load, [load]);

  const act = (action: () => Promise<unknown>) => {
    setError(undefined);
    action().then(load, (e: Error) => setError(e.message));
  };
  const id = (user: LockedUser) => encodeURIComponent(user.id);

  return (
    <PageSection variant="light" data-testid="mfa-lockouts">
      <Title headingLevel="h2">{t("mfaLockedUsers")}</Title>
      {error && (
        <HelperText>
          <HelperTextItem variant="error" data-testid="mfa-lockouts-error">
            {error}
          </HelperTextItem>
        </HelperText>
      )}
      {users && users.length === 0 && <p data-testid="mfa-lockouts-none">{t("mfaLockedUsersNone")}</p>}
      {users && users.length > 0 && (
        <Table aria-label={t("mfaLockedUsers")} variant="compact">
          <Thead>
            <Tr>
              <Th>{t("mfaFraudUser")}</Th>
              <Th>{t("mfaLocks")}</Th>
              <Th screenReaderText={t("mfaLockActions")} />
            </Tr>
          </Thead>
          <Tbody>
            {users.map((user) => (
              <Tr key={user.id} data-testid="mfa-locked-user" data-username={user.username}>
                <Td dataLabel={t("mfaFraudUser")}>{user.username}</Td>
                <Td dataLabel={t("mfaLocks")}>
                  <LabelGroup>
                    {user.callsLocked && <Label color="red">{t("mfaLockCalls")}</Label>}
                    {user.fraudBlockedUntil !== undefined && user.fraudBlockedUntil !== null && (
                      <Label color="red">
                        {t("mfaLockFraudBlock", { until: new Date(user.fraudBlockedUntil * 1000).toLocaleString() })}
                      </Label>
                    )}
                    {user.bruteForce && (
                      <Label color="orange">
                        {t(user.bruteForce === "permanent" ? "mfaLockBruteForcePermanent" : "mfaLockBruteForce")}
                      </Label>
                    )}
                  </LabelGroup>
                </Td>
                <Td isActionCell>
                  {user.callsLocked && user.canUnlock && (
                    <Button
                      variant="secondary"
                      size="sm"
                      data-testid="mfa-unlock-calls"
                      onClick={() =>
                        act(() => portalSend(adminClient, realm, "POST", `users/${id(user)}/voice/unlock`))
                      }
                    >
                      {t("mfaUnlockCalls")}
                    </Button>
                  )}{" "}
                  {user.fraudBlockedUntil && user.canUnlock && (
                    <Button
                      variant="secondary"
                      size="sm"
                      data-testid="mfa-lift-block"
                      onClick={() =>
                        act(() => portalSend(adminClient, realm, "DELETE", `lockouts/${id(user)}/fraud-block`))
                      }
                    >
                      {t("mfaLiftBlock")}
                    </Button>
                  )}{" "}
                  {user.bruteForce && user.canClearBruteForce && (
                    <Button
                      variant="secondary"
                      size="sm"
                      data-testid="mfa-clear-brute-force"
                      onClick={() => act(() => adminClient.attackDetection.del({ realm, id: user.id }))}
                    >
                      {t("mfaClearBruteForce")}
                    </Button>
                  )}
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
    </PageSection>
  );
}
