import { useRealm } from "@keycloak/keycloak-admin-ui";
import { useEffect, useState } from "react";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router-dom";
import { toUserSecondFactors } from "./routes";

/**
 * A "Second factors" entry at the end of the tab bar of Keycloak's user page. EditUser's tabs cannot be
 * extended from outside (only by the experimental declarative UI), so the entry is rendered into the tab list
 * once it is on the page; it is a link to the portal's own page for that user.
 */
export const UserTabLink = () => {
  const { t } = useTranslation();
  const { realm } = useRealm();
  const { pathname } = useLocation();
  const userId = new RegExp(`^/${realm}/users/([^/]+)/[^/]+$`).exec(pathname)?.[1];
  const [tabList, setTabList] = useState<Element | null>(null);

  useEffect(() => {
    if (!userId) {
      return;
    }
    const find = () => setTabList(document.querySelector("main .pf-v5-c-tabs__list"));
    find();
    const observer = new MutationObserver(find);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [userId]);

  if (!userId || !tabList?.isConnected) {
    return null;
  }
  return createPortal(
    <li className="pf-v5-c-tabs__item" data-testid="mfa-user-second-factors-tab">
      <Link className="pf-v5-c-tabs__link" to={toUserSecondFactors(realm, userId)}>
        <span className="pf-v5-c-tabs__item-text">{t("mfaUserSecondFactors")}</span>
      </Link>
    </li>,
    tabList,
  );
};
