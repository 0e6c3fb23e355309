import { useRealm } from "@keycloak/keycloak-admin-ui";
import { Alert, Button } from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { inviteUser } from "../invitations/invitationApi";
import { useConsoleAdminClient } from "../portalApi";

/** "Invite to set up two-step verification": emails the user the enrollment invitation, then says what happened. */
export const InviteButton = ({ userId }: { userId: string }) => {
  const { t } = useTranslation();
  const adminClient = useConsoleAdminClient();
  const { realm } = useRealm();
  const [sending, setSending] = useState(false);
  const [result, setResult] = useState<string>();

  const invite = async () => {
    setSending(true);
    setResult(undefined);
    try {
      setResult(await inviteUser(adminClient, realm, userId));
    } catch {
      setResult("failed");
    } finally {
      setSending(false);
    }
  };

  return (
    <div className="pf-v5-u-my-md">
      <Button variant="secondary" onClick={invite} isLoading={sending} isDisabled={sending} data-testid="mfa-invite">
        {t("mfaInvite")}
      </Button>
      {result && (
        <Alert
          isInline
          isPlain
          variant={result === "sent" ? "success" : "danger"}
          title={t(`mfaInvitationResult_${result}`, { defaultValue: result })}
          data-testid="mfa-invite-result"
          data-result={result}
        />
      )}
    </div>
  );
};
