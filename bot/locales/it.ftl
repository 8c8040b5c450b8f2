# Le parole che vedono i lettori, in italiano. Un catalogo per lingua (en.ftl, it.ftl, es.ftl),
# con gli stessi id di messaggio in ciascuno e gli stessi segnaposto ({ $name }):
# `python -m bot check` segnala ogni messaggio che manca in un catalogo e ogni segnaposto
# diverso. I testi per Telegram sono HTML: tieni bilanciati <b>, <i> e simili.
# L'output per gli operatori nel terminale (check, alerts, report) resta in inglese, in bot/messages.py.

## Quanto è sicura un'affermazione

status-stated = Lo afferma l'articolo
status-stated-both = Lo affermano entrambi gli articoli
status-reported = Riportato da { $claimant }; non confermato dalle aziende
status-rumoured = Indiscrezione; non confermata
status-denied = Smentito da { $claimant }
status-no-comment = { $claimant } non ha voluto confermarlo

## Detto per primo quando un lettore chiede se è sicura un'affermazione che non è dell'articolo stesso

confirm-reported = Non confermato: lo riporta { $claimant }, ma le aziende non l'hanno confermato.
confirm-rumoured = Non confermato: è solo un'indiscrezione.
confirm-denied = No: { $claimant } l'ha smentito.
confirm-no-comment = Non confermato: { $claimant } non ha voluto confermarlo.

## Risposte

disagreement = Le fonti non concordano: { $note }
source-line = "{ $title }", di { $author }
sources-heading = Fonte
sources-heading-plural = Fonti
unknown =
    Non lo so: i due articoli sui piani di Xiaomi per l'auto non ne parlano. Rispondo solo in base a quello che riportano, per non tirare a indovinare.
missing-price = Gli articoli non lo dicono: non indicano prezzi, costi o somme di denaro su questo.
missing-number = Gli articoli non lo dicono: non danno cifre su questo.
missing-date = Gli articoli non dicono quando: non indicano nessuna data su questo.
missing-year = Gli articoli non dicono l'anno: le date che danno non lo indicano.
missing-time = Gli articoli non dicono a che ora: non indicano nessun orario su questo.
missing-day = Gli articoli non danno una data esatta per questo.
missing-duration = Gli articoli non dicono quanto tempo.
missing-time-to = Gli articoli non dicono quanto tempo ci vorrà.
missing-place = Gli articoli non dicono dove.
missing-person = Gli articoli non fanno nomi su questo.
missing-name = Gli articoli non indicano un nome per questo.
missing-seller = Gli articoli non dicono da chi è stato comprato.
missing-owner = Gli articoli non dicono di chi è.
missing-plant = Gli articoli non dicono quale stabilimento.
missing-model = Gli articoli non dicono quale modello, né cosa vi si produce.
missing-outcome = Gli articoli non dicono com'è andata a finire.
missing-informant = Gli articoli non dicono chi l'ha fatto trapelare: lo riportano come una voce, senza nominare una fonte.
missing-terms = Gli articoli non danno i termini né le condizioni di alcun accordo.
missing-publisher = Gli articoli non dicono su quale sito sono usciti, né per chi scrivono i loro autori.
missing-reason = Gli articoli non dicono perché.
missing-how-to = Gli articoli riportano notizie; non danno istruzioni su questo.
missing-summary = Posso riassumere tutta la storia o uno dei due articoli, non questo: chiedimelo direttamente.
missing-statement = Gli articoli non riportano nessuna loro dichiarazione su questo.
related-intro = Ecco di cosa parlano invece:
suggestions-intro = Non sono sicuro di aver capito. Forse intendevi:
update-lead = Aggiornamento, secondo { $claimant } ({ $when }):
update-when-dated = articolo del { $date }
update-when-undated = un articolo successivo
earlier-lead = In precedenza, l'articolo di { $author } diceva:
source-lead-one = Dall'articolo di { $author }, «{ $title }»:
source-lead-both = Da entrambi gli articoli, di { $first } e { $second }:
absent-lead = Non nell'articolo di { $absent }: lo dice solo quello di { $present }.


## Quale articolo nomina cosa (ricavato dai testi degli articoli quando si carica la base)

mention-all = Entrambi gli articoli citano { $name }.
mention-one =
    Solo il { $position ->
        [1] primo
        *[other] secondo
    } articolo, di { $author }, cita { $name }; l'altro no.
mention-some = { $name } compare negli articoli di { $authors }.
mention-not =
    No: il { $position ->
        [1] primo
        *[other] secondo
    } articolo, di { $author }, non cita { $name }; lo cita l'articolo di { $authors }.
mention-instead =
    Cita invece { $kind ->
        [company] queste aziende
        [outlet] queste fonti giornalistiche
        [place] questi luoghi
        [authority] queste autorità
        [product] questi prodotti
        *[other] queste persone
    }: { $names }.
mention-question = Quale articolo cita { $name }?
mention-not-question =
    Il { $position ->
        [1] primo
        *[other] secondo
    } articolo cita { $name }?
mention-kind-all =
    { $kind ->
        [company] Aziende citate
        [outlet] Fonti giornalistiche citate
        [place] Luoghi citati
        [authority] Autorità citate
        [product] Prodotti citati
        *[other] Persone citate
    } in entrambi gli articoli: { $names }.
mention-kind-one =
    { $kind ->
        [company] Aziende citate
        [outlet] Fonti giornalistiche citate
        [place] Luoghi citati
        [authority] Autorità citate
        [product] Prodotti citati
        *[other] Persone citate
    } nel { $position ->
        [1] primo
        *[other] secondo
    } articolo, di { $author }: { $names }.
mention-kind-any =
    { $kind ->
        [company] Aziende citate
        [outlet] Fonti giornalistiche citate
        [place] Luoghi citati
        [authority] Autorità citate
        [product] Prodotti citati
        *[other] Persone citate
    } negli articoli: { $names }.
mention-in-all = { $name } (in entrambi)
mention-in-one =
    { $name } (solo nel { $position ->
        [1] primo
        *[other] secondo
    }, di { $author })
mention-in-some = { $name } (negli articoli di { $authors })
mention-kind-question-all =
    Quali { $kind ->
        [company] aziende
        [outlet] fonti giornalistiche
        [place] luoghi
        [authority] autorità
        [product] prodotti
        *[other] persone
    } citano entrambi gli articoli?
mention-kind-question-one =
    Quali { $kind ->
        [company] aziende
        [outlet] fonti giornalistiche
        [place] luoghi
        [authority] autorità
        [product] prodotti
        *[other] persone
    } cita il { $position ->
        [1] primo
        *[other] secondo
    } articolo?
mention-kind-question-any =
    Quali { $kind ->
        [company] aziende
        [outlet] fonti giornalistiche
        [place] luoghi
        [authority] autorità
        [product] prodotti
        *[other] persone
    } citano i due articoli?
list-and = e

## Chiacchiere

smalltalk-greeting = Ciao! Chiedimi quello che vuoi sui piani di Xiaomi per l'auto elettrica e sulla licenza che sta ancora aspettando, per esempio: "Perché l'auto di Xiaomi è in ritardo?"
smalltalk-thanks = Figurati! Chiedimi pure altro sulla notizia.
smalltalk-help = Rispondo alle domande sui piani di Xiaomi per l'auto elettrica in base a due articoli, sempre con la fonte e una citazione. Prova con "Con chi sta trattando Xiaomi?" o "Quando è il lancio?".
smalltalk-goodbye = Ciao! Torna a trovarmi quando ci sono novità.
smalltalk-acknowledgement = C'è altro che vuoi sapere sulla notizia?
smalltalk-wellbeing = Tutto bene, grazie! Chiedimi quello che vuoi sui piani di Xiaomi per l'auto.

## Telegram

welcome =
    <b>L'auto elettrica di Xiaomi, spiegata.</b>
    Xiaomi vuole costruire auto ma aspetta ancora una licenza dal governo, così sta trattando con case automobilistiche già affermate. Chiedimi quello che vuoi: ogni risposta arriva con la fonte e una citazione.

    Prova una di queste domande, o scrivi la tua.
help =
    <b>Come usarmi</b>
    • Scrivi una domanda in questa chat, per esempio <i>Con chi sta trattando Xiaomi?</i>
    • Nei gruppi: /ask e la tua domanda, menzionami o rispondi a un mio messaggio.
    • In qualsiasi chat: scrivi @{ $username } e una domanda.

    /check un messaggio che ti hanno inoltrato, o inoltralo a me: è negli articoli?
    /topics sfoglia per argomento · /sources gli articoli da cui rispondo
    /subscribe ricevi un avviso quando ci sono novità · /language English, italiano, español
    Rispondo solo in base a due articoli; se non ne parlano, te lo dico.
ask-usage = Chiedimi così: /ask Perché l'auto di Xiaomi è in ritardo?
not-text = Riesco a leggere solo testo. Scrivi la tua domanda sui piani di Xiaomi per l'auto.
unknown-command = Non conosco questo comando. Con /help vedi cosa posso fare.
flood-note = Mi scrivi più in fretta di quanto riesca a leggere. Ti rispondo di nuovo tra qualche secondo.
apology = Scusa, qualcosa è andato storto da parte mia. Riprova tra un momento.
button-expired = Questo pulsante non funziona più. Fammi di nuovo la domanda.
topics-intro = <b>Argomenti</b>: scegline uno per vedere cosa puoi chiedere.
topic-heading = <b>{ $label }</b>: { $description }
sources-intro = <b>Rispondo in base a questi articoli:</b>
source-item = • <b>{ $title }</b>, di { $author }
published-on = pubblicato il { $date }
published-unknown = data di pubblicazione non indicata
read-article = leggi
timeline-heading = <b>Come si è sviluppata la notizia</b> (pagina { $page } di { $pages })
timeline-previous = ◀ Prima
timeline-next = Dopo ▶
source-attribution = 📰 <b>{ $title }</b>, di { $author } (citazione originale in inglese)
disagreement-mark = ⚠️ <b>Le fonti non concordano:</b> { $note }
alert-headline = 🔔 <b>{ $headline }</b>
sources-button = 📚 Fonti
share-whatsapp-button = Condividi su WhatsApp
share-telegram-button = Condividi su Telegram
share-source = Fonte: { $title }, di { $author }
share-more = Altre risposte: { $link }
inline-nothing = Non è negli articoli: chiedimelo in privato
language-intro = In che lingua vuoi che ti risponda? Seguo anche la lingua in cui mi scrivi.
language-set = D'ora in poi ti rispondo in italiano, a meno che tu non mi scriva in un'altra lingua.

## Avvisi

subscribe-intro = <b>Ricevi un avviso quando ci sono novità.</b> Cosa vuoi seguire?
everything-button = Tutto
everything-label = tutto
subscribed = Riceverai avvisi su: { $topics }. /unsubscribe per smettere.
subscribed-short = Segui: { $topics }
unsubscribed = Fatto: niente più avvisi.
unsubscribed-some = Non segui più: { $removed }. Segui ancora: { $topics }.
not-subscribed = Non segui ancora niente. /subscribe per ricevere avvisi quando ci sono novità.
unknown-topics = Non conosco l'argomento { $unknown }. Argomenti: { $known }, oppure "all" per tutti.
group-admins-only = Solo gli amministratori del gruppo possono modificarne gli avvisi.
no-alerts-yet = Ancora nessun avviso. /subscribe per ricevere il prossimo.

## Seguire una risposta

follow-button = 🔔 Segui
unfollow-button = Smetti di seguire
followed = Fatto: ti avviserò quando questa risposta cambia. /following elenca quello che segui.
already-followed = Segui già questa risposta.
unfollowed = Non segui più quella risposta.
unfollowed-all = Fatto: ora non segui nessuna risposta.
following-intro = <b>Le risposte che segui</b> (ti avviso quando una cambia). Premine una per smettere di seguirla.
following-none = Non segui ancora nessuna risposta. Premi 🔔 Segui sotto una risposta per sapere quando cambia.
change-headline = 🔔 <b>Una risposta che segui è cambiata:</b> { $question }

## Amministratori

publish-usage = Pubblica così: /publish <alert-id>, o /publish changes per avvisare chi segue risposte cambiate. Avvisi: { $alerts }
preview-usage = Anteprima così: /preview <alert-id>. Avvisi: { $alerts }
publish-unknown = In alerts.yaml non c'è nessun avviso "{ $alert_id }".
publish-done = Sto pubblicando "{ $alert_id }" in { $count } chat.
publish-already = "{ $alert_id }" è già stato pubblicato; nessuno lo riceve due volte.
reloaded = Base dei fatti ricaricata: versione { $version }, { $facts } fatti, { $alerts } avvisi.
reload-refused =
    La base dei fatti non ha superato il controllo (problemi: { $count }); continuo a usare quella precedente.
    { $problems }
changes-done = Sto avvisando { $chats } chat di { $facts } risposte cambiate.
changes-none = Nessuna risposta seguita è cambiata da quando è stata comunicata.
admins-only = Solo gli amministratori del bot possono farlo.

## Verifica dei messaggi inoltrati

verdict-supported = ✅ Confermato dagli articoli
verdict-overstated = ⚠️ Esagerato
verdict-contradicted = ❌ Smentito dagli articoli
verdict-not-in-articles = ❔ Non negli articoli
reason-as-said = Gli articoli lo dicono.
reason-surer-than-source = Gli articoli non lo danno per fatto: ne parlano solo come notizia riportata da altri, indiscrezione, trattativa o opzione.
reason-other-detail = Gli articoli parlano di { $given }, non di { $said }.
reason-other-date = Gli articoli danno un'altra data.
reason-other-number = Gli articoli danno un'altra cifra.
reason-other-span = Gli articoli indicano un altro periodo di tempo.
reason-other-pairing = Gli articoli abbinano queste aziende in modo diverso.
reason-other-product = Gli articoli parlano di un altro tipo di prodotto.
reason-other-scope = Gli articoli parlano di una parte, non del tutto.
reason-other-source = Lo dice l'articolo di { $given }, non quello di { $said }.
reason-other-claimant = Lo dice { $given }, non { $said }.
reason-other-also = Non solo { $said }: gli articoli citano altri nella stessa situazione ({ $given }).
reason-no-comment = Secondo gli articoli { $claimant } non ha voluto confermarlo.
reason-reversed = Gli articoli dicono il contrario.
reason-not-yet = Secondo gli articoli non è ancora successo.
reason-unsaid = Gli articoli non ne parlano.
reason-unsaid-detail = Gli articoli non parlano mai di { $said } a questo proposito.
reason-unsaid-span = Gli articoli non indicano questo periodo di tempo a questo proposito.
check-articles-say = Cosa dicono gli articoli:
check-nearest = La cosa più vicina che dicono:
check-nothing = Non c'è un'affermazione da verificare. Inoltrami un messaggio, o scrivi /check e il testo, e ti dirò cosa ne dicono gli articoli.
check-usage = Verifica un messaggio così: /check Xiaomi ha firmato con BAIC. In un gruppo, rispondi /check al messaggio.
inline-check-hint = Scrivi: check e il messaggio che hai ricevuto

## Il menu dei comandi (setMyCommands, per lingua)

command-start = Benvenuto e domande di esempio
command-ask = Fai una domanda sulla notizia
command-topics = Sfoglia le domande per argomento
command-sources = Gli articoli da cui rispondo
command-subscribe = Ricevi avvisi quando ci sono novità
command-unsubscribe = Disattiva gli avvisi (un argomento o tutti)
command-subscriptions = Cosa segui
command-following = Le risposte che segui
command-unfollow = Smetti di seguire risposte (una, o tutte)
command-latest = Gli ultimi avvisi
command-check = Verifica un messaggio che ti hanno inoltrato
command-timeline = La notizia finora, in ordine
command-language = Scegli la lingua delle mie risposte
command-help = Come usare questo bot
