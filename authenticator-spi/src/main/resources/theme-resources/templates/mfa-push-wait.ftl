<#import "template.ftl" as layout>
<#import "mfa-fields.ftl" as mfa>
<@layout.registrationLayout displayMessage=true; section>
  <#if section = "header">
    ${msg(mfaTitleKey)}
  <#elseif section = "form">
    <form id="mfa-push-wait-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post"
          <#if mfaStateUrl??>data-state-url="${mfaStateUrl}"</#if> <#if mfaRetryAfter??>data-retry-after="${mfaRetryAfter?c}"</#if>>
      <#if mfaStateUrl??>
        <p id="mfa-push-instruction" aria-live="polite">${msg("mfaPushWaitInstruction")}</p>
        <#if mfaPushNumber??>
          <p id="mfa-push-pick">${msg("mfaPushPickNumber", mfaPushNumber)}</p>
          <p style="font-size: 3rem; font-weight: bold; text-align: center; margin: 0.5rem 0;"
             id="mfa-push-number" data-number="${mfaPushNumber}">${mfaPushNumber}</p>
        </#if>
        <p><svg class="pf-v5-c-spinner pf-m-md" role="progressbar" viewBox="0 0 100 100" aria-label="${msg("mfaPushWaiting")}">
          <circle class="pf-v5-c-spinner__path" cx="50" cy="50" r="45" fill="none"></circle>
        </svg> ${msg("mfaPushWaiting")}</p>
      </#if>
      <@mfa.rememberBrowser/>
      <@mfa.actions>
        <#if mfaStateUrl??>
          <noscript><@mfa.primary label="mfaPushContinue" name="check" id="mfa-check"/></noscript>
        </#if>
        <#if mfaAgainKey??>
          <@mfa.secondary label=mfaAgainKey name="again" id="mfa-again"/>
        </#if>
        <@mfa.cancelIfAppInitiated/>
      </@mfa.actions>
    </form>
    <#if mfaRetryAfter??>
    <script>
      <#outputformat "JavaScript">
      // Another sign-in's request blocked this one: when it has expired, send a new request, as the page said.
      (function retryLater(form) {
        setTimeout(() => document.getElementById("mfa-again").click(), 1000 * Number(form.dataset.retryAfter));
      })(document.getElementById("mfa-push-wait-form"));
      </#outputformat>
    </script>
    </#if>
    <#if mfaStateUrl??>
    <script>
      <#outputformat "JavaScript">
      // Long poll: the server answers as soon as a phone has answered (on whichever node), then we move on.
      (async function awaitAnswer(form) {
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
      })(document.getElementById("mfa-push-wait-form"));
      </#outputformat>
    </script>
    </#if>
  </#if>
</@layout.registrationLayout>
