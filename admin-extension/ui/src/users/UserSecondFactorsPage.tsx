import { useRealm, ViewHeader } from "@keycloak/keycloak-admin-ui";
import { KeycloakSpinner } from "@keycloak/keycloak-ui-shared";
import { Alert, PageSection, Stack, StackItem } from "@patternfly/react-core";
import { useCallback, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { usePortalAbilities } from "../access/PortalAbilities";
import { PortalRefusal, useConsoleAdminClient } from "../portalApi";
import { BypassSection } from "./BypassSection";
import { MethodsSection } from "./MethodsSection";
import { OtpSection } from "./OtpSection";
import { PinSection } from "./PinSection";
import { RememberedBrowsersSection } from "./RememberedBrowsersSection";
import { FullNumbers, SecondFactors, userApi } from "./secondFactors";

/** What the last action did, shown above the sections. */
type Outcome = { variant: "success" | "danger"; text: string };
import { InviteButton } from "./InviteButton";

/**
 * A user's second factors, named with the portal's messages (Keycloak's Credentials tab prints raw type ids):
 * methods with masked numbers, the PIN, the bypass, tokens and devices, from GET mfa-portal/users/{id}. Every
 * button is shown only when that answer (canManage, canReveal) or GET me (manageTokens) allows it.
 */
export default function UserSecondFactorsPage() {
  const { t } = useTranslation();
  const adminClient = useConsoleAdminClient();
  const abilities = usePortalAbilities();
  const { realm } = useRealm();
  const { id } = useParams<{ id: string }>();
  const api = useMemo(() => userApi(adminClient, realm, id!), [adminClient, realm, id]);
  const [user, setUser] = useState<SecondFactors>();
  const [failed, setFailed] = useState<string>();
  const [revealed, setRevealed] = useState<FullNumbers>();
  const [outcome, setOutcome] = useState<Outcome>();

  const reload = useCallback(
    () =>
      api
        .load()
        .then(setUser, (e: Error) =>
          setFailed(e instanceof PortalRefusal && e.status === 403 ? t("mfaUserForbidden") : e.message),
        ),
    [api, t],
  );
  useEffect(() => {
    reload();
  }, [reload]);

  /** Runs a change, says how it went, and shows the user as the server now has them. */
  const run = useCallback(
    async (action: () => Promise<unknown>) => {
      try {
        await action();
        setOutcome({ variant: "success", text: t("mfaUserSaved") });
        setRevealed(undefined);
      } catch (e) {
        setOutcome({ variant: "danger", text: (e as Error).message });
      }
      await reload();
    },
    [reload, t],
  );

  if (failed) {
    return <Alert variant="danger" isInline title={failed} />;
  }
  if (!user) {
    return <KeycloakSpinner />;
  }
  return (
    <>
      <ViewHeader titleKey={user.username} subKey="mfaUserSecondFactorsHelp" />
      <PageSection variant="light" data-testid="mfa-user-second-factors">
        <Stack hasGutter>
          <StackItem>
            <Link to={`/${encodeURIComponent(realm)}/users/${id}/settings`}>{t("mfaBackToUser")}</Link>
          </StackItem>
          {user.canManage && (
            <StackItem>
              <InviteButton userId={id!} />
            </StackItem>
          )}
          {user.lockedOut && (
            <StackItem>
              <Alert
                variant="warning"
                isInline
                data-testid="mfa-locked-out"
                title={t(user.lockedOut === "PERMANENT" ? "mfaUserLockedOutPermanent" : "mfaUserLockedOutTemporary")}
              />
            </StackItem>
          )}
          {!user.canManage && (
            <StackItem>
              <Alert variant="info" isInline title={t("mfaUserNotAllowed")} />
            </StackItem>
          )}
          {outcome && (
            <StackItem>
              <Alert variant={outcome.variant} isInline title={outcome.text} data-testid="mfa-outcome" />
            </StackItem>
          )}
          <StackItem>
            <MethodsSection
              user={user}
              api={api}
              revealed={revealed}
              onReveal={() =>
                api.reveal().then(setRevealed, (e: Error) => setOutcome({ variant: "danger", text: e.message }))
              }
              onHide={() => setRevealed(undefined)}
              run={run}
            />
          </StackItem>
          <StackItem>
            <PinSection user={user} api={api} run={run} />
          </StackItem>
          <StackItem>
            <BypassSection user={user} api={api} run={run} />
          </StackItem>
          <StackItem>
            <RememberedBrowsersSection user={user} api={api} run={run} />
          </StackItem>
          <StackItem>
            <OtpSection user={user} api={api} run={run} mayListTokens={abilities?.manageTokens ?? false} />
          </StackItem>
        </Stack>
      </PageSection>
    </>
  );
}
