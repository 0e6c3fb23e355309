<#-- The dev gateway's virtual phone page (never installed by operators): one card per number, its texts and
     calls newest first, and what a person can do. Keycloak renders it with HTML auto-escaping; only the page's
     own style and script are written raw. -->
<#macro hidden number>
    <input type="hidden" name="number" value="${number}">
    <input type="hidden" name="csrf" value="${csrf}">
</#macro>
<#macro button action number label style>
    <form method="post" action="${action}"><@hidden number=number/><button type="submit" class="${style}">${label}</button></form>
</#macro>
<#macro said lines>
    <#list lines as line>
        <blockquote class="said"><span class="who">The call says</span><p>${line}</p></blockquote>
    </#list>
</#macro>
<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Virtual phone · ${realmName}</title>
    <style nonce="${nonce}">${style?no_esc}</style>
</head>
<body>
<header>
    <h1>Virtual phone</h1>
    <p>Realm <strong>${realmName}</strong> · dev phone gateway. Texts and calls that Keycloak sends land here instead of on
        real phones; nothing leaves this machine. They come from <strong>${fromNumber}</strong>. Replies and keys go back
        to Keycloak as signed webhooks, as a real gateway's would.</p>
</header>
<main id="phones">
    <#if phones?size == 0>
        <p class="empty">No texts or calls yet. Start a sign-in that sends a text or places a call: it shows up here within two seconds.</p>
    </#if>
    <#list phones as phone>
        <section class="phone" id="${phone.anchor()}">
            <h2>${phone.number()}</h2>
            <form class="reply" method="post" action="${replyUrl}">
                <@hidden number=phone.number()/>
                <input type="text" name="body" required maxlength="${maxTextLength?c}" autocomplete="off"
                       placeholder="Text ${fromNumber} from this phone" aria-label="Reply text">
                <button type="submit">Send</button>
            </form>
            <ol class="events">
                <#list phone.events() as event>
                    <li class="${event.cssClass()}">
                        <div class="meta"><span>${event.who()}</span><time datetime="${event.datetime()}" title="${event.fullTime()}">${event.clock()}</time><#if (event.badge())??><span class="badge ${event.state()}">${event.badge()}</span></#if></div>
                        <#if (event.text())??><p class="bubble">${event.text()}</p></#if>
                        <@said lines=event.heard()/>
                        <#if (event.keys())??><p class="pressed">You pressed <kbd>${event.keys()}#</kbd></p></#if>
                        <@said lines=event.closing()/>
                        <#if (event.state()!"") == "ringing">
                            <div class="actions">
                                <@button action=event.url("answer") number=phone.number() label="Answer" style="answer"/>
                                <@button action=event.url("decline") number=phone.number() label="Decline" style="decline"/>
                            </div>
                            <p class="hint">Declining is reported as no-answer, as when a call rings out.</p>
                        <#elseif (event.state()!"") == "talking">
                            <#if event.keypad()>
                                <form class="keypad" method="post" action="${event.url("keys")}">
                                    <@hidden number=phone.number()/>
                                    <input type="text" name="digits" inputmode="tel" autocomplete="off" maxlength="40"
                                           placeholder="Keys, then #" aria-label="Keys pressed">
                                    <div class="keys">
                                        <#list ["1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "0"] as key>
                                            <button type="button" data-key="${key}">${key}</button>
                                        </#list>
                                        <button type="submit" class="hash" title="Finish with #: sends the keys">#</button>
                                    </div>
                                </form>
                            </#if>
                            <div class="actions">
                                <@button action=event.url("hang-up") number=phone.number() label="Hang up" style="decline"/>
                            </div>
                        </#if>
                        <#if (event.note())??><p class="note">${event.note()}</p></#if>
                    </li>
                </#list>
            </ol>
        </section>
    </#list>
</main>
<script nonce="${nonce}">${script?no_esc}</script>
</body>
</html>
