<html>
<body>
<p>${msg("mfaFraudAlertBody", realmName, username, method)}</p>
<#if blockedUntil??>
<p>${msg("mfaFraudAlertBlocked", blockedUntil)}</p>
<#else>
<p>${msg("mfaFraudAlertNotBlocked")}</p>
</#if>
<#if consoleLink??>
<p><a href="${consoleLink}">${msg("mfaFraudAlertOpenConsole")}</a></p>
</#if>
</body>
</html>
