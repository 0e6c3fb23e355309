import { useRealm } from "@keycloak/keycloak-admin-ui";
import {
  ActionGroup,
  Alert,
  Button,
  Form,
  FormGroup,
  FormHelperText,
  FormSection,
  HelperText,
  HelperTextItem,
} from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PortalRefusal, portalSend, useConsoleAdminClient } from "../portalApi";
import { SettingControl } from "./SettingControl";
import type { SettingDescription, SettingsSchema, SettingValue, SettingValues } from "./settingsSchema";

type Props = {
  /** The form's name, for test ids: mfa-settings-form-{name}. */
  name: string;
  schema: SettingsSchema;
  /** Which of the schema's groups this form shows. */
  showsGroup: (group: string) => boolean;
  stored: SettingValues;
  onStored: (values: SettingValues) => void;
  canManage: boolean;
};

/** A row added to a list and left empty is no entry. */
const withoutBlankEntries = (value: SettingValue) =>
  Array.isArray(value) ? value.filter((entry) => entry.trim() !== "") : value;

type Refusal = { setting?: string; description: string };

/**
 * The settings of some groups, one section per group, generated from the server's schema. Save sends the
 * changed values in one PUT, checked whole by the server: a refusal names the setting at fault, which is
 * marked, and nothing is stored.
 */
export const SettingsForm = ({ name, schema, showsGroup, stored, onStored, canManage }: Props) => {
  const { t } = useTranslation();
  const adminClient = useConsoleAdminClient();
  const { realm } = useRealm();
  const [draft, setDraft] = useState<SettingValues>(stored);
  const [refusal, setRefusal] = useState<Refusal>();
  const [saved, setSaved] = useState(false);
  const [saving, setSaving] = useState(false);

  // A new stored value (saved, or reloaded) replaces the draft: adjusted while rendering, as React advises.
  const [shownStored, setShownStored] = useState(stored);
  if (stored !== shownStored) {
    setShownStored(stored);
    setDraft(stored);
  }

  const groups = schema.groups.filter(
    ({ id }) => showsGroup(id) && schema.settings.some((setting) => setting.group === id),
  );
  const shown = schema.settings.filter(({ group }) => showsGroup(group));

  const change = (key: string, value: SettingValue) => {
    setDraft((values) => ({ ...values, [key]: value }));
    setSaved(false);
  };

  const save = async () => {
    const changes = Object.fromEntries(
      shown
        .filter(({ key }) => JSON.stringify(draft[key]) !== JSON.stringify(stored[key]))
        .map(({ key }) => [key, withoutBlankEntries(draft[key])]),
    );
    setSaving(true);
    setRefusal(undefined);
    setSaved(false);
    try {
      onStored(await portalSend<SettingValues>(adminClient, realm, "PUT", "settings", changes));
      setSaved(true);
    } catch (e) {
      setRefusal(
        e instanceof PortalRefusal ? { setting: e.setting, description: e.message } : { description: String(e) },
      );
    } finally {
      setSaving(false);
    }
  };

  /** The range (for numbers) and the default, as the server's schema gives them. */
  const limits = (setting: SettingDescription) => {
    const fallback = Array.isArray(setting.default)
      ? setting.default.join(", ") || t("mfaEmpty")
      : typeof setting.default === "boolean"
        ? t(setting.default ? "mfaOn" : "mfaOff")
        : String(setting.default === "" ? t("mfaEmpty") : setting.default);
    const shownDefault = t("mfaSettingDefault", { value: fallback });
    return setting.type === "wholeNumber"
      ? `${t("mfaSettingRange", { min: setting.min, max: setting.max })} · ${shownDefault}`
      : shownDefault;
  };

  const field = (setting: SettingDescription) => {
    const invalid = refusal?.setting === setting.key;
    return (
      <FormGroup
        key={setting.key}
        label={t(setting.labelKey)}
        fieldId={`mfa-setting-${setting.key}`}
        data-testid={`mfa-setting-group-${setting.key}`}
      >
        <SettingControl
          setting={setting}
          value={draft[setting.key] ?? setting.default}
          onChange={(value) => change(setting.key, value)}
          invalid={invalid}
          disabled={!canManage}
        />
        <FormHelperText>
          <HelperText>
            {invalid && (
              <HelperTextItem variant="error" data-testid={`mfa-setting-error-${setting.key}`}>
                {refusal!.description}
              </HelperTextItem>
            )}
            <HelperTextItem data-testid={`mfa-setting-help-${setting.key}`}>{t(setting.helpKey)}</HelperTextItem>
            <HelperTextItem data-testid={`mfa-setting-limits-${setting.key}`}>{limits(setting)}</HelperTextItem>
          </HelperText>
        </FormHelperText>
      </FormGroup>
    );
  };

  return (
    <Form data-testid={`mfa-settings-form-${name}`} onSubmit={(event) => event.preventDefault()}>
      {!canManage && <Alert variant="info" isInline isPlain title={t("mfaReadOnly")} />}
      {groups.map((group) => (
        <FormSection key={group.id} title={t(group.labelKey)} data-testid={`mfa-settings-section-${group.id}`}>
          {shown.filter((setting) => setting.group === group.id).map(field)}
        </FormSection>
      ))}
      {refusal && (
        <Alert variant="danger" isInline title={t("mfaNothingSaved")} data-testid="mfa-settings-refused">
          {refusal.description}
        </Alert>
      )}
      {saved && <Alert variant="success" isInline isPlain title={t("mfaSaved")} data-testid="mfa-settings-saved" />}
      {canManage && (
        <ActionGroup>
          <Button variant="primary" data-testid={`mfa-settings-save-${name}`} isLoading={saving} onClick={save}>
            {t("mfaSave")}
          </Button>
          <Button
            variant="link"
            data-testid={`mfa-settings-revert-${name}`}
            onClick={() => {
              setDraft(stored);
              setRefusal(undefined);
            }}
          >
            {t("mfaRevert")}
          </Button>
        </ActionGroup>
      )}
    </Form>
  );
};
