import { useRealm } from "@keycloak/keycloak-admin-ui";
import { NavGroup } from "@patternfly/react-core";
import { useEffect, useState } from "react";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";
import { NavLink } from "react-router-dom";
import { usePortalAbilities } from "./access/PortalAbilities";
import { navEntries } from "./navEntries";

/**
 * The portal's group in the console's left menu. The library's PageNav has no slot for extra entries, so the
 * group is rendered into PageNav's own <nav> element once it is on the page.
 */
export const PortalNav = () => {
  const { t } = useTranslation();
  const abilities = usePortalAbilities();
  const { realm } = useRealm();
  const [nav, setNav] = useState<Element | null>(null);

  useEffect(() => {
    const find = () => {
      const found = document.querySelector(".keycloak__page_nav__nav nav");
      setNav(found);
      // After a realm switch Keycloak's groups mount again and React appends them after ours: keep ours last.
      const ours = found?.querySelector(":scope > [data-testid='mfa-portal-nav']");
      if (found && ours && found.lastElementChild !== ours) {
        found.appendChild(ours);
      }
    };
    find();
    const observer = new MutationObserver(find);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);

  const shown = abilities ? navEntries.filter((entry) => entry.shown(abilities)) : [];
  if (!nav || shown.length === 0) {
    return null;
  }
  return createPortal(
    <NavGroup title={t("mfaPortal")} aria-label={t("mfaPortal")} data-testid="mfa-portal-nav">
      {shown.map(({ id, path, label }) => (
        <li key={id}>
          <NavLink
            id={`nav-item-${id}`}
            data-testid={`nav-item-${id}`}
            to={`/${encodeURIComponent(realm)}${path}`}
            className={({ isActive }) => `pf-v5-c-nav__link${isActive ? " pf-m-current" : ""}`}
          >
            {t(label)}
          </NavLink>
        </li>
      ))}
    </NavGroup>,
    nav,
  );
};
