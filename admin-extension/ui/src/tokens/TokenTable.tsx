import { useRealm } from "@keycloak/keycloak-admin-ui";
import {
  Alert,
  Button,
  Modal,
  Pagination,
  SearchInput,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useConsoleAdminClient } from "../portalApi";
import { AssignTokenModal } from "./AssignTokenModal";
import { findTokens, removeTokens, TokenSummary } from "./tokenInventory";

const PER_PAGE = [10, 20, 50];

/**
 * The waiting tokens, a page at a time (one more than shown is asked for, to know whether a next page exists), searched
 * by serial; each can be given to a user, and selected ones removed.
 */
export const TokenTable = ({ refresh, onChanged }: { refresh: number; onChanged: () => void }) => {
  const { t } = useTranslation();
  const adminClient = useConsoleAdminClient();
  const { realm } = useRealm();
  const [search, setSearch] = useState("");
  const [query, setQuery] = useState("");
  const [first, setFirst] = useState(0);
  const [max, setMax] = useState(10);
  const [rows, setRows] = useState<TokenSummary[]>();
  const [selected, setSelected] = useState<string[]>([]);
  const [assigning, setAssigning] = useState<string>();
  const [confirmRemoval, setConfirmRemoval] = useState(false);
  const [message, setMessage] = useState<{ variant: "success" | "danger"; text: string }>();

  useEffect(() => {
    // The rows of an older search that answers late are not shown over a newer one.
    let current = true;
    findTokens(adminClient, realm, query, first, max + 1).then(
      (found) => current && setRows(found),
      (e: Error) => current && setMessage({ variant: "danger", text: e.message }),
    );
    return () => {
      current = false;
    };
  }, [adminClient, realm, query, first, max, refresh]);

  const shown = rows?.slice(0, max) ?? [];
  const hasMore = (rows?.length ?? 0) > max;

  const remove = async () => {
    setConfirmRemoval(false);
    try {
      const answer = await removeTokens(adminClient, realm, selected);
      setMessage({ variant: "success", text: t("mfaTokensRemoved", { count: answer?.removed ?? 0 }) });
      setSelected([]);
      onChanged();
    } catch (e) {
      setMessage({ variant: "danger", text: (e as Error).message });
    }
  };

  const toggle = (serial: string, on: boolean) =>
    setSelected((current) => (on ? [...current, serial] : current.filter((s) => s !== serial)));

  return (
    <>
      <Toolbar>
        <ToolbarContent>
          <ToolbarItem>
            <SearchInput
              data-testid="mfa-token-search"
              placeholder={t("mfaTokensSearch")}
              value={search}
              onChange={(_, value) => setSearch(value)}
              onSearch={() => {
                setFirst(0);
                setQuery(search);
              }}
              onClear={() => {
                setSearch("");
                setFirst(0);
                setQuery("");
              }}
            />
          </ToolbarItem>
          <ToolbarItem>
            <Button
              variant="secondary"
              data-testid="mfa-token-remove"
              isDisabled={selected.length === 0}
              onClick={() => setConfirmRemoval(true)}
            >
              {t("mfaTokensRemove")}
            </Button>
          </ToolbarItem>
          <ToolbarItem variant="pagination">
            <Pagination
              isCompact
              itemCount={first + shown.length + (hasMore ? 1 : 0)}
              perPage={max}
              page={Math.floor(first / max) + 1}
              perPageOptions={PER_PAGE.map((value) => ({ title: String(value), value }))}
              onSetPage={(_, page) => setFirst((page - 1) * max)}
              onPerPageSelect={(_, perPage) => {
                setFirst(0);
                setMax(perPage);
              }}
              toggleTemplate={({ firstIndex, lastIndex }) => (
                <b>
                  {firstIndex} - {lastIndex}
                </b>
              )}
            />
          </ToolbarItem>
        </ToolbarContent>
      </Toolbar>
      {message && (
        <Alert
          isInline
          variant={message.variant}
          title={message.text}
          data-testid={`mfa-token-message-${message.variant}`}
        />
      )}
      <Table aria-label={t("mfaTokensWaiting")} variant="compact" data-testid="mfa-token-table">
        <Thead>
          <Tr>
            <Th screenReaderText={t("mfaTokensSelect")} />
            <Th>{t("mfaTokensSerial")}</Th>
            <Th>{t("mfaTokensType")}</Th>
            <Th>{t("mfaTokensDigits")}</Th>
            <Th>{t("mfaTokensAlgorithm")}</Th>
            <Th>{t("mfaTokensPeriodOrCounter")}</Th>
            <Th screenReaderText={t("mfaTokensAssign")} />
          </Tr>
        </Thead>
        <Tbody>
          {rows && shown.length === 0 && (
            <Tr>
              <Td colSpan={7} data-testid="mfa-token-none">
                {t("mfaTokensNone")}
              </Td>
            </Tr>
          )}
          {shown.map((token, rowIndex) => (
            <Tr key={token.serial} data-testid={`mfa-token-row-${token.serial}`}>
              <Td
                data-testid={`mfa-token-select-${token.serial}`}
                select={{
                  rowIndex,
                  isSelected: selected.includes(token.serial),
                  onSelect: (_, on) => toggle(token.serial, on),
                }}
              />
              <Td dataLabel={t("mfaTokensSerial")}>{token.serial}</Td>
              <Td dataLabel={t("mfaTokensType")}>{token.type.toUpperCase()}</Td>
              <Td dataLabel={t("mfaTokensDigits")}>{token.digits}</Td>
              <Td dataLabel={t("mfaTokensAlgorithm")}>{token.algorithm}</Td>
              <Td dataLabel={t("mfaTokensPeriodOrCounter")}>
                {token.type === "totp"
                  ? t("mfaTokensPeriod", { seconds: token.period })
                  : t("mfaTokensCounter", { counter: token.counter })}
              </Td>
              <Td isActionCell>
                <Button
                  variant="link"
                  data-testid={`mfa-token-assign-${token.serial}`}
                  onClick={() => setAssigning(token.serial)}
                >
                  {t("mfaTokensAssign")}
                </Button>
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
      {assigning && (
        <AssignTokenModal
          serial={assigning}
          onClose={() => setAssigning(undefined)}
          onAssigned={(username) => {
            setMessage({ variant: "success", text: t("mfaTokensAssigned", { serial: assigning, username }) });
            setSelected((current) => current.filter((s) => s !== assigning));
            setAssigning(undefined);
            onChanged();
          }}
        />
      )}
      <Modal
        variant="small"
        isOpen={confirmRemoval}
        title={t("mfaTokensRemoveTitle", { count: selected.length })}
        onClose={() => setConfirmRemoval(false)}
        actions={[
          <Button key="remove" variant="danger" data-testid="mfa-token-remove-confirm" onClick={remove}>
            {t("mfaTokensRemove")}
          </Button>,
          <Button key="cancel" variant="link" onClick={() => setConfirmRemoval(false)}>
            {t("cancel")}
          </Button>,
        ]}
      >
        {t("mfaTokensRemoveText", { serials: selected.join(", ") })}
      </Modal>
    </>
  );
};
