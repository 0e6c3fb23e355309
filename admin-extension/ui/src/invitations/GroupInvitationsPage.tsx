import type GroupRepresentation from "@keycloak/keycloak-admin-client/lib/defs/groupRepresentation";
import { useRealm, ViewHeader } from "@keycloak/keycloak-admin-ui";
import {
  Alert,
  Button,
  DataList,
  DataListCell,
  DataListItem,
  DataListItemCells,
  DataListItemRow,
  Form,
  FormGroup,
  FormSelect,
  FormSelectOption,
  PageSection,
} from "@patternfly/react-core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useConsoleAdminClient } from "../portalApi";
import { GroupInvitations, inviteGroup } from "./invitationApi";

/** The bulk action: choose a group, invite its direct members, see each member's result. */
export default function GroupInvitationsPage() {
  const { t } = useTranslation();
  const adminClient = useConsoleAdminClient();
  const { realm } = useRealm();
  const [groups, setGroups] = useState<GroupRepresentation[]>([]);
  const [groupId, setGroupId] = useState("");
  const [sending, setSending] = useState(false);
  const [answer, setAnswer] = useState<GroupInvitations>();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    adminClient.groups.find({ first: 0, max: 500, briefRepresentation: true }).then(setGroups, () => setGroups([]));
  }, [adminClient, realm]);

  const invite = async () => {
    setSending(true);
    setAnswer(undefined);
    setFailed(false);
    try {
      setAnswer(await inviteGroup(adminClient, realm, groupId));
    } catch {
      setFailed(true);
    } finally {
      setSending(false);
    }
  };

  return (
    <>
      <ViewHeader titleKey="mfaInvitations" subKey="mfaInvitationsHelp" />
      <PageSection variant="light" data-testid="mfa-invitations">
        <Form onSubmit={(event) => event.preventDefault()}>
          <FormGroup label={t("mfaInvitationsGroup")} fieldId="mfa-invitations-group">
            <FormSelect
              id="mfa-invitations-group"
              data-testid="mfa-invitations-group"
              value={groupId}
              onChange={(_event, value) => setGroupId(value)}
            >
              <FormSelectOption value="" label={t("mfaInvitationsChooseGroup")} isPlaceholder />
              {groups.map((group) => (
                <FormSelectOption key={group.id} value={group.id} label={group.path ?? group.name ?? ""} />
              ))}
            </FormSelect>
          </FormGroup>
          <div>
            <Button
              onClick={invite}
              isDisabled={!groupId || sending}
              isLoading={sending}
              data-testid="mfa-invitations-send"
            >
              {t("mfaInvitationsSend")}
            </Button>
          </div>
        </Form>
        {failed && <Alert isInline variant="danger" title={t("mfaInvitationResult_failed")} />}
        {answer && (
          <>
            <Alert
              isInline
              variant="info"
              title={t("mfaInvitationsSentCount", { count: answer.sent })}
              data-testid="mfa-invitations-count"
            />
            <DataList aria-label={t("mfaInvitations")} isCompact data-testid="mfa-invitations-results">
              {answer.users.map((user) => (
                <DataListItem
                  key={user.userId}
                  data-testid={`mfa-invitation-${user.username}`}
                  data-result={user.result}
                >
                  <DataListItemRow>
                    <DataListItemCells
                      dataListCells={[
                        <DataListCell key="user">{user.username}</DataListCell>,
                        <DataListCell key="result">
                          {t(`mfaInvitationResult_${user.result}`, { defaultValue: user.result })}
                        </DataListCell>,
                      ]}
                    />
                  </DataListItemRow>
                </DataListItem>
              ))}
            </DataList>
          </>
        )}
      </PageSection>
    </>
  );
}
