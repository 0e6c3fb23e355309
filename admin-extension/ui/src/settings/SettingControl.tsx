import { Checkbox, FormSelect, FormSelectOption, Switch, TextInput } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import { ListControl } from "./ListControl";
import type { SettingDescription, SettingValue } from "./settingsSchema";

type Props = {
  setting: SettingDescription;
  value: SettingValue;
  onChange: (value: SettingValue) => void;
  invalid: boolean;
  disabled: boolean;
};

/** Short lists (number types) are checkboxes; long ones (every country) are typed as codes. */
const MAX_CHECKBOXES = 20;

/** The control that fits a setting's type, with its range or allowed values from the schema. */
export const SettingControl = ({ setting, value, onChange, invalid, disabled }: Props) => {
  const { t, i18n } = useTranslation();
  const id = `mfa-setting-${setting.key}`;
  const validated = invalid ? "error" : "default";
  switch (setting.type) {
    case "boolean":
      return (
        <Switch
          id={id}
          data-testid={id}
          isChecked={value === true}
          isDisabled={disabled}
          onChange={(_event, checked) => onChange(checked)}
        />
      );
    case "wholeNumber":
      return (
        <TextInput
          id={id}
          data-testid={id}
          type="number"
          min={setting.min}
          max={setting.max}
          value={String(value)}
          validated={validated}
          isDisabled={disabled}
          // Sent as typed: the server's check names what is out of range.
          onChange={(_event, text) => onChange(/^-?\d+$/.test(text.trim()) ? Number(text) : text)}
        />
      );
    case "choice": {
      const names = new Intl.DisplayNames([i18n.language, "en"], { type: "region" });
      return (
        <FormSelect
          id={id}
          data-testid={id}
          value={String(value)}
          validated={validated}
          isDisabled={disabled}
          onChange={(_event, chosen) => onChange(chosen)}
        >
          {setting.choices.map((code) => (
            <FormSelectOption key={code} value={code} label={`${names.of(code) ?? code} (${code})`} />
          ))}
        </FormSelect>
      );
    }
    case "choiceList": {
      const chosen = Array.isArray(value) ? value : [];
      if (setting.choices.length > MAX_CHECKBOXES) {
        return (
          <TextInput
            id={id}
            data-testid={id}
            value={chosen.join(", ")}
            validated={validated}
            isDisabled={disabled}
            onChange={(_event, text) =>
              onChange(
                text
                  .split(/[,\s]+/)
                  .map((entry) => entry.trim())
                  .filter((entry) => entry !== ""),
              )
            }
          />
        );
      }
      return (
        <div id={id} data-testid={id}>
          {setting.choices.map((choice) => (
            <Checkbox
              key={choice}
              id={`${id}-${choice}`}
              data-testid={`${id}-${choice}`}
              label={choice}
              isChecked={chosen.includes(choice)}
              isDisabled={disabled}
              onChange={(_event, checked) =>
                onChange(checked ? [...chosen, choice] : chosen.filter((entry) => entry !== choice))
              }
            />
          ))}
        </div>
      );
    }
    case "oneOf":
      return (
        <FormSelect
          id={id}
          data-testid={id}
          value={String(value)}
          validated={validated}
          isDisabled={disabled}
          onChange={(_event, chosen) => onChange(chosen)}
        >
          {setting.choices.map((choice) => (
            <FormSelectOption key={choice} value={choice} label={t(`mfaSettingChoice_${setting.key}_${choice}`)} />
          ))}
        </FormSelect>
      );
    case "addressRanges":
    case "emailList":
    case "nameList":
      return (
        <ListControl
          id={id}
          entries={Array.isArray(value) ? value : []}
          onChange={onChange}
          invalid={invalid}
          disabled={disabled}
        />
      );
    default:
      return (
        <TextInput
          id={id}
          data-testid={id}
          value={Array.isArray(value) ? value.join(", ") : String(value)}
          validated={validated}
          isDisabled={disabled}
          onChange={(_event, text) => onChange(text)}
        />
      );
  }
};
