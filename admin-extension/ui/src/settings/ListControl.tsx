import { Button, Split, SplitItem, TextInput } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";

type Props = {
  id: string;
  entries: string[];
  onChange: (entries: string[]) => void;
  invalid: boolean;
  disabled: boolean;
};

/** An editable list of text entries (trusted addresses and ranges, email addresses): one row each, add and remove. */
export const ListControl = ({ id, entries, onChange, invalid, disabled }: Props) => {
  const { t } = useTranslation();
  const replace = (index: number, entry: string) => onChange(entries.map((old, i) => (i === index ? entry : old)));
  return (
    <div id={id} data-testid={id}>
      {entries.length === 0 && <p data-testid={`${id}-empty`}>{t("mfaListEmpty")}</p>}
      {entries.map((entry, index) => (
        <Split key={index} hasGutter className="pf-v5-u-mb-sm">
          <SplitItem isFilled>
            <TextInput
              aria-label={`${id} ${index + 1}`}
              data-testid={`${id}-entry-${index}`}
              value={entry}
              validated={invalid ? "error" : "default"}
              isDisabled={disabled}
              onChange={(_event, text) => replace(index, text)}
            />
          </SplitItem>
          {!disabled && (
            <SplitItem>
              <Button
                variant="secondary"
                data-testid={`${id}-remove-${index}`}
                onClick={() => onChange(entries.filter((_, i) => i !== index))}
              >
                {t("mfaListRemove")}
              </Button>
            </SplitItem>
          )}
        </Split>
      ))}
      {!disabled && (
        <Button variant="link" isInline data-testid={`${id}-add`} onClick={() => onChange([...entries, ""])}>
          {t("mfaListAdd")}
        </Button>
      )}
    </div>
  );
};
