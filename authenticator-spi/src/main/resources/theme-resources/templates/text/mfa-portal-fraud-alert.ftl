<#ftl output_format="plainText">
${msg("mfaFraudAlertBody", realmName, username, method)}

<#if blockedUntil??>${msg("mfaFraudAlertBlocked", blockedUntil)}<#else>${msg("mfaFraudAlertNotBlocked")}</#if>
<#if consoleLink??>

${msg("mfaFraudAlertOpenConsole")}: ${consoleLink}
</#if>
