import { useAccess, useRealm } from "@keycloak/keycloak-admin-ui";
import { NavGroup } from "@patternfly/react-core";
import { useEffect, useState } from "react";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";
import { NavLink } from "react-router-dom";
import { PORTAL_SETTINGS_PATH } from "./settings/routes";

/**
 * The portal's group in the console's left menu. The library's PageNav has no slot for extra entries, so the
 * group is rendered into PageNav's own <nav> element once it is on the page.
 */
export const PortalNav = () => {
  const { t } = useTranslation();
  const { hasAccess } = useAccess();
  const { realm } = useRealm();
  const [nav, setNav] = useState<Element | null>(null);

  useEffect(() => {
    const find = () => setNav(document.querySelector(".keycloak__page_nav__nav nav"));
    find();
    const observer = new MutationObserver(find);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);

  if (!nav || !hasAccess("view-realm")) {
    return null;
  }
  return createPortal(
    <NavGroup title={t("mfaPortal")} aria-label={t("mfaPortal")}>
      <li>
        <NavLink
          id="nav-item-mfa-portal-settings"
          data-testid="nav-item-mfa-portal-settings"
          to={`/${encodeURIComponent(realm)}${PORTAL_SETTINGS_PATH}`}
          className={({ isActive }) => `pf-v5-c-nav__link${isActive ? " pf-m-current" : ""}`}
        >
          {t("mfaPortalSettings")}
        </NavLink>
      </li>
    </NavGroup>,
    nav,
  );
};
