import { useRealm } from "@keycloak/keycloak-admin-ui";
import {
  Button,
  DatePicker,
  HelperText,
  HelperTextItem,
  PageSection,
  TextInput,
  TextInputProps,
  Title,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { portalGet, useConsoleAdminClient } from "../portalApi";
import type { FraudFilter, FraudReportPage } from "./fraudTypes";

const PAGE_SIZE = 20;
const NO_FILTER: FraudFilter = { from: "", to: "", user: "" };
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The query string of GET fraud for a filter and page; empty fields are left out. */
function query(filter: FraudFilter, first: number): string {
  const params = new URLSearchParams({ first: String(first), max: String(PAGE_SIZE) });
  for (const [name, value] of Object.entries(filter)) {
    if (value.trim() !== "") {
      params.set(name, value.trim());
    }
  }
  return `fraud?${params}`;
}

/** Fraud reports from Keycloak's events, newest first, filtered by days and user, a page at a time. */
export default function FraudReportsSection() {
  const { t } = useTranslation();
  const adminClient = useConsoleAdminClient();
  const { realm } = useRealm();
  const [draft, setDraft] = useState<FraudFilter>(NO_FILTER);
  const [filter, setFilter] = useState<FraudFilter>(NO_FILTER);
  const [first, setFirst] = useState(0);
  const [page, setPage] = useState<FraudReportPage>();
  const [error, setError] = useState<string>();

  const load = useCallback(() => {
    portalGet<FraudReportPage>(adminClient, realm, query(filter, first)).then(
      (found) => {
        setError(undefined);
        setPage(found);
      },
      (e: Error) => setError(e.message),
    );
  }, [adminClient, realm, filter, first]);

  useEffect(load, [load]);

  const search = () => {
    if ([draft.from, draft.to].some((day) => day !== "" && !DAY.test(day))) {
      setError(t("mfaFraudBadDay"));
      return;
    }
    if (draft.from && draft.to && draft.from > draft.to) {
      setError(t("mfaFraudFromAfterTo"));
      return;
    }
    setFirst(0);
    setFilter({ ...draft });
  };

  return (
    <PageSection variant="light" data-testid="mfa-fraud-reports">
      <Title headingLevel="h2">{t("mfaFraudReports")}</Title>
      <Toolbar>
        <ToolbarContent>
          <ToolbarItem>
            <DatePicker
              aria-label={t("mfaFraudFrom")}
              placeholder={t("mfaFraudFrom")}
              value={draft.from}
              inputProps={{ "data-testid": "mfa-fraud-from" } as TextInputProps}
              onChange={(_, from) => setDraft({ ...draft, from })}
            />
          </ToolbarItem>
          <ToolbarItem>
            <DatePicker
              aria-label={t("mfaFraudTo")}
              placeholder={t("mfaFraudTo")}
              value={draft.to}
              inputProps={{ "data-testid": "mfa-fraud-to" } as TextInputProps}
              onChange={(_, to) => setDraft({ ...draft, to })}
            />
          </ToolbarItem>
          <ToolbarItem>
            <TextInput
              type="search"
              aria-label={t("mfaFraudUser")}
              placeholder={t("mfaFraudUser")}
              data-testid="mfa-fraud-user"
              value={draft.user}
              onChange={(_, user) => setDraft({ ...draft, user })}
              onKeyDown={(event) => event.key === "Enter" && search()}
            />
          </ToolbarItem>
          <ToolbarItem>
            <Button variant="primary" data-testid="mfa-fraud-search" onClick={search}>
              {t("mfaFraudSearch")}
            </Button>
          </ToolbarItem>
        </ToolbarContent>
      </Toolbar>
      {error && (
        <HelperText>
          <HelperTextItem variant="error" data-testid="mfa-fraud-error">
            {error}
          </HelperTextItem>
        </HelperText>
      )}
      {page && page.reports.length === 0 && <p data-testid="mfa-fraud-none">{t("mfaFraudNone")}</p>}
      {page && page.reports.length > 0 && (
        <Table aria-label={t("mfaFraudReports")} variant="compact">
          <Thead>
            <Tr>
              <Th>{t("mfaFraudTime")}</Th>
              <Th>{t("mfaFraudUser")}</Th>
              <Th>{t("mfaFraudMethod")}</Th>
              <Th>{t("mfaFraudIpAddress")}</Th>
              <Th>{t("mfaFraudReference")}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {page.reports.map((report) => (
              <Tr
                key={`${report.time}-${report.userId}-${report.reference}`}
                data-testid="mfa-fraud-report"
                data-username={report.username}
              >
                <Td dataLabel={t("mfaFraudTime")}>{new Date(report.time).toLocaleString()}</Td>
                <Td dataLabel={t("mfaFraudUser")}>{report.username}</Td>
                <Td dataLabel={t("mfaFraudMethod")} data-testid="mfa-fraud-report-method">
                  {t(`mfaFraudMethod_${report.method}`, { defaultValue: report.method })}
                </Td>
                <Td dataLabel={t("mfaFraudIpAddress")}>{report.ipAddress}</Td>
                <Td dataLabel={t("mfaFraudReference")}>{report.reference}</Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
      {page?.scanLimitReached && <p>{t("mfaFraudScanLimit")}</p>}
      <Toolbar>
        <ToolbarContent>
          <ToolbarItem>
            <Button
              variant="secondary"
              data-testid="mfa-fraud-previous"
              isDisabled={first === 0}
              onClick={() => setFirst(Math.max(0, first - PAGE_SIZE))}
            >
              {t("mfaFraudPrevious")}
            </Button>
          </ToolbarItem>
          <ToolbarItem>
            <Button
              variant="secondary"
              data-testid="mfa-fraud-next"
              isDisabled={!page?.more}
              onClick={() => setFirst(first + PAGE_SIZE)}
            >
              {t("mfaFraudNext")}
            </Button>
          </ToolbarItem>
        </ToolbarContent>
      </Toolbar>
    </PageSection>
  );
}
