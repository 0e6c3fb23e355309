<#import "template.ftl" as layout>
<#import "mfa-fields.ftl" as mfa>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('name'); section>
  <#if section = "header">
    ${msg("mfaPushSetupTitle")}
  <#elseif section = "form">
    <form id="mfa-push-setup-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post"
          data-phase="${mfaPushPhase}" <#if mfaStateUrl??>data-state-url="${mfaStateUrl}"</#if>>
      <#if mfaPushPhase = "name">
        <#if !(mfaPushAtLimit??)>
        <p>${msg("mfaPushSetupIntro")}</p>
        <@mfa.input name="name" label=msg("mfaPushDeviceName") value=(mfaPushName!'') autofocus=true/>
        </#if>
        <@mfa.actions>
          <#if !(mfaPushAtLimit??)><@mfa.primary label="mfaPushGenerate" name="generate" id="mfa-generate"/></#if>
          <@mfa.cancelIfAppInitiated/>
          <@mfa.backToChoice/>
        </@mfa.actions>
      <#elseif mfaPushPhase = "activation">
        <p>${msg("mfaPushScan")}</p>
        <p style="text-align: center;"><img id="mfa-push-qr" src="${mfaPushQr}" width="240" height="240" alt="${msg("mfaPushActivationQr")}"/></p>
        <p>${msg("mfaPushOnThisPhone")}</p>
        <div class="${properties.kcFormGroupClass!}">
          <a id="mfa-push-open-app" href="${mfaPushLink}"
             class="${properties.kcButtonClass!} ${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}">${msg("mfaPushOpenInApp")}</a>
          <button type="button" id="mfa-push-copy-link" data-link="${mfaPushLink}" data-copied="${msg("mfaPushLinkCopied")}"
                  class="${properties.kcButtonClass!} ${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}">${msg("mfaPushCopyLink")}</button>
        </div>
        <dl>
          <dt>${msg("mfaPushActivationCode")}</dt>
          <dd><code id="mfa-push-code" style="overflow-wrap: anywhere;">${mfaPushCode}</code></dd>
          <dt>${msg("mfaPushActivationUrl")}</dt>
          <dd><code id="mfa-push-url" style="overflow-wrap: anywhere;">${mfaPushUrl}</code></dd>
        </dl>
        <p>${msg("mfaPushActivationValid", mfaPushMinutes)}</p>
        <p><svg class="pf-v5-c-spinner pf-m-md" role="progressbar" viewBox="0 0 100 100" aria-label="${msg("mfaPushActivationWaiting")}">
          <circle class="pf-v5-c-spinner__path" cx="50" cy="50" r="45" fill="none"></circle>
        </svg> ${msg("mfaPushActivationWaiting")}</p>
        <@mfa.actions>
          <@mfa.primary label="mfaPushContinue" name="continue" id="mfa-continue"/>
          <@mfa.cancelIfAppInitiated/>
          <@mfa.backToChoice/>
        </@mfa.actions>
      <#else>
        <p id="mfa-push-device">${mfaPushName!''}</p>
        <@mfa.actions>
          <@mfa.primary label="mfaPushAuthenticateMeNow" name="authenticate" id="mfa-authenticate"/>
          <@mfa.cancelIfAppInitiated/>
        </@mfa.actions>
      </#if>
    </form>
    <#if mfaPushLink??>
    <script>
      <#outputformat "JavaScript">
      // The activation link to paste where the app can open it (another app, a note): the app has no form for it.
      document.getElementById("mfa-push-copy-link").addEventListener("click", async (event) => {
        const button = event.currentTarget;
        await navigator.clipboard.writeText(button.dataset.link);
        button.textContent = button.dataset.copied;
      });
      </#outputformat>
    </script>
    </#if>
    <#if mfaStateUrl??>
    <script>
      <#outputformat "JavaScript">
      // Long poll: the page moves on as soon as the app has activated.
      (async function awaitActivation(form) {
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
      })(document.getElementById("mfa-push-setup-form"));
      </#outputformat>
    </script>
    </#if>
  </#if>
</@layout.registrationLayout>
