import type UserRepresentation from "@keycloak/keycloak-admin-client/lib/defs/userRepresentation";
import { useRealm } from "@keycloak/keycloak-admin-ui";
import { Alert, Button, Modal, Radio, SearchInput, Stack, StackItem } from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useConsoleAdminClient } from "../portalApi";
import { assignToken } from "./tokenInventory";

/** The internal user holding the waiting tokens (TokenInventory.HOLDER_USERNAME): never a person to give one to. */
const HOLDER = "mfa-portal-oath-inventory";

/** Finds a user with Keycloak's own user search (as the console does) and gives them the token. */
export const AssignTokenModal = ({
  serial,
  onClose,
  onAssigned,
}: {
  serial: string;
  onClose: () => void;
  onAssigned: (username: string) => void;
}) => {
  const { t } = useTranslation();
  const adminClient = useConsoleAdminClient();
  const { realm } = useRealm();
  const [search, setSearch] = useState("");
  const [users, setUsers] = useState<UserRepresentation[]>();
  const [chosen, setChosen] = useState<UserRepresentation>();
  const [error, setError] = useState<string>();

  const find = async () => {
    setChosen(undefined);
    setError(undefined);
    try {
      const found = await adminClient.users.find({ realm, search, max: 20, briefRepresentation: true });
      setUsers(found.filter((user) => user.username !== HOLDER));
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const assign = async () => {
    try {
      await assignToken(adminClient, realm, serial, chosen!.id!);
      onAssigned(chosen!.username!);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <Modal
      variant="small"
      isOpen
      title={t("mfaTokensAssignTitle", { serial })}
      onClose={onClose}
      actions={[
        <Button key="assign" data-testid="mfa-token-assign-confirm" isDisabled={!chosen} onClick={assign}>
          {t("mfaTokensAssign")}
        </Button>,
        <Button key="cancel" variant="link" onClick={onClose}>
          {t("cancel")}
        </Button>,
      ]}
    >
      <Stack hasGutter>
        <StackItem>
          <SearchInput
            data-testid="mfa-token-user-search"
            placeholder={t("mfaTokensUserSearch")}
            value={search}
            onChange={(_, value) => setSearch(value)}
            onSearch={find}
            onClear={() => setSearch("")}
          />
        </StackItem>
        {users?.length === 0 && <StackItem>{t("mfaTokensNoUser")}</StackItem>}
        {users?.map((user) => (
          <StackItem key={user.id}>
            <Radio
              id={`mfa-token-user-${user.id}`}
              data-testid={`mfa-token-user-${user.username}`}
              name="mfa-token-user"
              isChecked={chosen?.id === user.id}
              onChange={() => setChosen(user)}
              label={user.username}
              description={[user.firstName, user.lastName, user.email].filter(Boolean).join(" ")}
            />
          </StackItem>
        ))}
        {error && (
          <StackItem>
            <Alert isInline variant="danger" title={error} data-testid="mfa-token-assign-error" />
          </StackItem>
        )}
      </Stack>
    </Modal>
  );
};
