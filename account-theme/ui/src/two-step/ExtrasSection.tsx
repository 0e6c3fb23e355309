import { useEnvironment } from "@keycloak/keycloak-account-ui";
import {
  Button,
  DataList,
  DataListAction,
  DataListCell,
  DataListItem,
  DataListItemCells,
  DataListItemRow,
  Title,
} from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import type { Overview } from "./api";

type Props = { overview: Overview };

/** The PIN, third-party OATH tokens and security questions: each where the realm uses it, changed by its own action. */
export const ExtrasSection = ({ overview }: Props) => {
  const { t } = useTranslation();
  const context = useEnvironment();

  return (
    <>
      <Title headingLevel="h2" size="xl" className="pf-v5-u-mb-md">
        {t("mfaPortalExtrasTitle")}
      </Title>
      <DataList aria-label={t("mfaPortalExtrasTitle")} data-testid="mfa-extras">
        {overview.extras.map((extra) => (
          <DataListItem key={extra.id} data-testid={`mfa-extra-${extra.id}`}>
            <DataListItemRow>
              <DataListItemCells
                dataListCells={[
                  <DataListCell key="name" width={2}>
                    <strong>{t(`mfaPortalExtra-${extra.id}`)}</strong>
                    <div className="pf-v5-u-font-size-sm">{t(`mfaPortalExtraHelp-${extra.id}`)}</div>
                  </DataListCell>,
                  <DataListCell key="detail" width={3}>
                    {extra.configured ? t("mfaPortalConfigured") : t("mfaPortalNotConfigured")}
                  </DataListCell>,
                ]}
              />
              <DataListAction
                id={`mfa-extra-actions-${extra.id}`}
                aria-labelledby={`mfa-extra-actions-${extra.id}`}
                aria-label={t(`mfaPortalExtra-${extra.id}`)}
              >
                <Button
                  variant={extra.configured ? "secondary" : "primary"}
                  data-testid="mfa-extra-action"
                  onClick={() => context.keycloak.login({ action: extra.action })}
                >
                  {t(extra.configured ? "mfaPortalChange" : `mfaPortalExtraStart-${extra.id}`)}
                </Button>
              </DataListAction>
            </DataListItemRow>
          </DataListItem>
        ))}
      </DataList>
    </>
  );
};
