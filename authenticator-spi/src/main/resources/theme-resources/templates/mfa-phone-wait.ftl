<#import "template.ftl" as layout>
<#import "mfa-fields.ftl" as mfa>
<@layout.registrationLayout displayMessage=true; section>
  <#if section = "header">
    ${msg(mfaTitleKey)}
  <#elseif section = "form">
    <form id="mfa-phone-wait-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post"
          <#if mfaStateUrl??>data-state-url="${mfaStateUrl}"</#if>>
      <#if mfaStateUrl??>
        <p id="mfa-phone-wait-instruction" aria-live="polite">${msg(mfaInstructionKey, mfaPhone)}</p>
        <p><svg class="pf-v5-c-spinner pf-m-md" role="progressbar" viewBox="0 0 100 100" aria-label="${msg("mfaPhoneWaiting")}">
          <circle class="pf-v5-c-spinner__path" cx="50" cy="50" r="45" fill="none"></circle>
        </svg> ${msg("mfaPhoneWaiting")}</p>
      </#if>
      <@mfa.rememberBrowser/>
      <@mfa.actions>
        <#if mfaStateUrl??>
          <noscript><@mfa.primary label="mfaPhoneCheckNow" name="check" id="mfa-check"/></noscript>
        </#if>
        <#if mfaAgainKey??>
          <@mfa.secondary label=mfaAgainKey name="again" id="mfa-again"/>
        </#if>
        <#if mfaOfferBackup>
          <@mfa.secondary label="mfaVoiceCallBackup" name="backup" id="mfa-backup"/>
        </#if>
        <#if mfaSetupStep??>
          <@mfa.secondary label="mfaPhoneChangeNumber" name="changeNumber" id="mfa-change-number"/>
        </#if>
        <@mfa.cancelIfAppInitiated/>
      </@mfa.actions>
    </form>
    <#if mfaStateUrl??>
    <script>
      <#outputformat "JavaScript">
      // Long poll: the server answers as soon as the call or the reply has decided, then we move on.
      (async function awaitOutcome(form) {
        const stateUrl = form.dataset.stateUrl;
        for (;;) {
          try {
            const reply = await fetch(stateUrl + "?wait=25", { cache: "no-store", credentials: "omit" });
            if (!reply.ok) {
              // 429: too many waiting requests from here, or 503: ask again when the server says.
              const seconds = Number(reply.headers.get("Retry-After")) || 2;
              await new Promise(resolve => setTimeout(resolve, seconds * 1000));
              continue;
            }
            const { state } = await reply.json();
            if (state !== "PENDING") {
              form.submit();
              return;
            }
          } catch (e) {
            await new Promise(resolve => setTimeout(resolve, 2000));
          }
        }
      })(document.getElementById("mfa-phone-wait-form"));
      </#outputformat>
    </script>
    </#if>
  </#if>
</@layout.registrationLayout>
