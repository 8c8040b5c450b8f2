# Las palabras que ven los lectores, en español. Un catálogo por idioma (en.ftl, it.ftl, es.ftl),
# con los mismos id de mensaje en cada uno y los mismos marcadores ({ $name }):
# `python -m bot check` avisa de cualquier mensaje que falte en un catálogo y de cualquier marcador
# que no coincida. Los textos para Telegram son HTML: mantén equilibradas <b>, <i> y similares.
# La salida de terminal para los operadores (check, alerts, report) sigue en inglés, en bot/messages.py.

## Grado de certeza de una afirmación

status-stated = Lo dice el artículo
status-stated-both = Lo dicen ambos artículos
status-reported = Según { $claimant }; no confirmado por las empresas
status-rumoured = Rumor; no confirmado
status-denied = Desmentido por { $claimant }
status-no-comment = { $claimant } no quiso confirmarlo

## Lo primero que se dice cuando un lector pregunta si es segura una afirmación que no es del propio artículo

confirm-reported = No confirmado: lo publica { $claimant }, pero las empresas no lo han confirmado.
confirm-rumoured = No confirmado: es solo un rumor.
confirm-denied = No: { $claimant } lo desmintió.
confirm-no-comment = No confirmado: { $claimant } no quiso confirmarlo.

## Respuestas

disagreement = Las fuentes no coinciden: { $note }
source-line = "{ $title }", de { $author }
sources-heading = Fuente
sources-heading-plural = Fuentes
unknown =
    No lo sé: los dos artículos sobre los planes de Xiaomi para el coche no hablan de eso. Solo respondo a partir de lo que cuentan, para no hacer suposiciones.
missing-price = Los artículos no lo dicen: no dan ningún precio, coste ni cantidad de dinero sobre eso.
missing-number = Los artículos no lo dicen: no dan cifras sobre eso.
missing-date = Los artículos no dicen cuándo: no dan ninguna fecha sobre eso.
missing-year = Los artículos no dicen el año: las fechas que dan no lo indican.
missing-time = Los artículos no dicen a qué hora: no dan ninguna hora para eso.
missing-day = Los artículos no dan una fecha exacta para eso.
missing-duration = Los artículos no dicen cuánto tiempo.
missing-time-to = Los artículos no dicen cuánto tiempo llevará.
missing-place = Los artículos no dicen dónde.
missing-person = Los artículos no dan nombres sobre eso.
missing-name = Los artículos no dan ningún nombre para eso.
missing-seller = Los artículos no dicen a quién se lo compraron.
missing-owner = Los artículos no dicen de quién es.
missing-plant = Los artículos no dicen qué planta.
missing-model = Los artículos no dicen qué modelo, ni qué se fabrica allí.
missing-outcome = Los artículos no dicen cómo salió.
missing-informant = Los artículos no dicen quién lo filtró: lo cuentan como un rumor, sin nombrar ninguna fuente.
missing-terms = Los artículos no dan los términos ni las condiciones de ningún acuerdo.
missing-publisher = Los artículos no dicen en qué web se publicaron, ni para quién escriben sus autores.
missing-reason = Los artículos no dicen por qué.
missing-how-to = Los artículos cuentan noticias; no dan instrucciones para eso.
missing-summary = Puedo resumir toda la historia o cualquiera de los dos artículos, no eso: pregúntamelo directamente.
missing-statement = Los artículos no recogen ninguna declaración suya sobre eso.
related-intro = Lo que sí cuentan:
suggestions-intro = No tengo claro qué quieres decir. Quizás buscabas:
update-lead = Actualización, según { $claimant } ({ $when }):
update-when-dated = artículo del { $date }
update-when-undated = un artículo posterior
earlier-lead = Antes, el artículo de { $author } decía:
source-lead-one = Del artículo de { $author }, «{ $title }»:
source-lead-both = De los dos artículos, de { $first } y { $second }:
absent-lead = No en el artículo de { $absent }: solo lo dice el de { $present }.


## Qué artículo nombra qué (sacado de los textos de los artículos al cargar la base)

mention-all = Los dos artículos mencionan { $name }.
mention-one =
    Solo el { $position ->
        [1] primer
        *[other] segundo
    } artículo, de { $author }, menciona { $name }; el otro no.
mention-some = { $name } aparece en los artículos de { $authors }.
mention-not =
    No: el { $position ->
        [1] primer
        *[other] segundo
    } artículo, de { $author }, no menciona { $name }; lo menciona el artículo de { $authors }.
mention-instead =
    En cambio menciona { $kind ->
        [company] estas empresas
        [outlet] estos medios
        [place] estos lugares
        [authority] estas autoridades
        [product] estos productos
        *[other] estas personas
    }: { $names }.
mention-question = ¿Qué artículo menciona { $name }?
mention-not-question =
    ¿El { $position ->
        [1] primer
        *[other] segundo
    } artículo menciona { $name }?
mention-kind-all =
    { $kind ->
        [company] Empresas mencionadas
        [outlet] Medios mencionados
        [place] Lugares mencionados
        [authority] Autoridades mencionadas
        [product] Productos mencionados
        *[other] Personas mencionadas
    } en los dos artículos: { $names }.
mention-kind-one =
    { $kind ->
        [company] Empresas mencionadas
        [outlet] Medios mencionados
        [place] Lugares mencionados
        [authority] Autoridades mencionadas
        [product] Productos mencionados
        *[other] Personas mencionadas
    } en el { $position ->
        [1] primer
        *[other] segundo
    } artículo, de { $author }: { $names }.
mention-kind-any =
    { $kind ->
        [company] Empresas mencionadas
        [outlet] Medios mencionados
        [place] Lugares mencionados
        [authority] Autoridades mencionadas
        [product] Productos mencionados
        *[other] Personas mencionadas
    } en los artículos: { $names }.
mention-in-all = { $name } (en los dos)
mention-in-one =
    { $name } (solo en el { $position ->
        [1] primero
        *[other] segundo
    }, de { $author })
mention-in-some = { $name } (en los artículos de { $authors })
mention-kind-question-all =
    ¿Qué { $kind ->
        [company] empresas
        [outlet] medios
        [place] lugares
        [authority] autoridades
        [product] productos
        *[other] personas
    } mencionan ambos artículos?
mention-kind-question-one =
    ¿Qué { $kind ->
        [company] empresas
        [outlet] medios
        [place] lugares
        [authority] autoridades
        [product] productos
        *[other] personas
    } menciona el { $position ->
        [1] primer
        *[other] segundo
    } artículo?
mention-kind-question-any =
    ¿Qué { $kind ->
        [company] empresas
        [outlet] medios
        [place] lugares
        [authority] autoridades
        [product] productos
        *[other] personas
    } mencionan los dos artículos?
list-and = y

## Charla

smalltalk-greeting = ¡Hola! Pregúntame lo que quieras sobre los planes de Xiaomi para el coche eléctrico y la licencia que sigue esperando, por ejemplo: "¿Por qué se retrasa el coche de Xiaomi?"
smalltalk-thanks = ¡De nada! Pregúntame lo que quieras sobre la noticia.
smalltalk-help = Respondo preguntas sobre los planes de Xiaomi para el coche eléctrico a partir de dos artículos, siempre con la fuente y una cita. Prueba con "¿Con quién está negociando Xiaomi?" o "¿Cuándo es el lanzamiento?".
smalltalk-goodbye = ¡Hasta luego! Vuelve cuando haya novedades.
smalltalk-acknowledgement = ¿Algo más que quieras saber sobre la noticia?
smalltalk-wellbeing = ¡Todo bien, gracias! Pregúntame lo que quieras sobre los planes de Xiaomi para el coche.

## Telegram

welcome =
    <b>El coche eléctrico de Xiaomi, explicado.</b>
    Xiaomi quiere fabricar coches, pero aún espera una licencia del Gobierno, así que está negociando con fabricantes ya establecidos. Pregúntame lo que quieras: cada respuesta llega con su fuente y una cita.

    Prueba una de estas preguntas o escribe la tuya.
help =
    <b>Cómo usarme</b>
    • Escribe una pregunta en este chat, por ejemplo <i>¿Con quién está negociando Xiaomi?</i>
    • En grupos: /ask y tu pregunta, mencióname o responde a mi mensaje.
    • En cualquier chat: escribe @{ $username } y una pregunta.

    /check un mensaje que te reenviaron, o reenvíamelo: ¿está en los artículos?
    /topics explora por tema · /sources los artículos en los que me baso
    /subscribe recibe un aviso cuando haya novedades · /language English, italiano, español
    Solo respondo a partir de dos artículos; si no lo dicen, te lo digo.
ask-usage = Pregúntame así: /ask ¿Por qué se retrasa el coche de Xiaomi?
not-text = Solo puedo leer texto. Escribe tu pregunta sobre los planes de Xiaomi para el coche.
unknown-command = No conozco ese comando. Con /help ves lo que puedo hacer.
flood-note = Me escribes más rápido de lo que puedo leer. Te vuelvo a responder en unos segundos.
apology = Lo siento, algo ha fallado por mi parte. Vuelve a intentarlo en un momento.
button-expired = Este botón ya no funciona. Vuelve a preguntarme.
topics-intro = <b>Temas</b>: elige uno para ver qué puedes preguntar.
topic-heading = <b>{ $label }</b>: { $description }
sources-intro = <b>Respondo a partir de estos artículos:</b>
source-item = • <b>{ $title }</b>, de { $author }
published-on = publicado el { $date }
published-unknown = fecha de publicación no indicada
read-article = leerlo
timeline-heading = <b>Cómo se ha desarrollado la noticia</b> (página { $page } de { $pages })
timeline-previous = ◀ Antes
timeline-next = Después ▶
source-attribution = 📰 <b>{ $title }</b>, de { $author } (cita original en inglés)
disagreement-mark = ⚠️ <b>Las fuentes no coinciden:</b> { $note }
alert-headline = 🔔 <b>{ $headline }</b>
sources-button = 📚 Fuentes
share-whatsapp-button = Compartir en WhatsApp
share-telegram-button = Compartir en Telegram
share-source = Fuente: { $title }, de { $author }
share-more = Más respuestas: { $link }
inline-nothing = No está en los artículos: pregúntame en privado
language-intro = ¿En qué idioma quieres que te responda? También sigo el idioma en el que me escribes.
language-set = A partir de ahora te respondo en español, a menos que me escribas en otro idioma.

## Avisos

subscribe-intro = <b>Recibe un aviso cuando haya novedades.</b> ¿Qué quieres seguir?
everything-button = Todo
everything-label = todo
subscribed = Recibirás avisos sobre: { $topics }. /unsubscribe para dejar de recibirlos.
subscribed-short = Sigues: { $topics }
unsubscribed = Hecho: no recibirás más avisos.
unsubscribed-some = Has dejado de seguir: { $removed }. Sigues: { $topics }.
not-subscribed = Todavía no sigues nada. /subscribe para recibir avisos cuando haya novedades.
unknown-topics = No conozco el tema { $unknown }. Temas: { $known }, o "all" para todos.
group-admins-only = Solo los administradores del grupo pueden cambiar sus avisos.
no-alerts-yet = Aún no hay avisos. /subscribe para recibir el próximo.

## Seguir una respuesta

follow-button = 🔔 Seguir
unfollow-button = Dejar de seguir
followed = Hecho: te avisaré cuando cambie esta respuesta. /following muestra lo que sigues.
already-followed = Ya sigues esta respuesta.
unfollowed = Ya no sigues esa respuesta.
unfollowed-all = Hecho: ya no sigues ninguna respuesta.
following-intro = <b>Las respuestas que sigues</b> (te aviso cuando una cambie). Pulsa una para dejar de seguirla.
following-none = Aún no sigues ninguna respuesta. Pulsa 🔔 Seguir bajo una respuesta para saber cuándo cambia.
change-headline = 🔔 <b>Ha cambiado una respuesta que sigues:</b> { $question }

## Administradores

publish-usage = Publica así: /publish <alert-id>, o /publish changes para avisar a quien sigue respuestas cambiadas. Avisos: { $alerts }
preview-usage = Vista previa así: /preview <alert-id>. Alertas: { $alerts }
publish-unknown = No hay ningún aviso "{ $alert_id }" en alerts.yaml.
publish-done = Publicando ahora "{ $alert_id }" en { $count } chats.
publish-already = "{ $alert_id }" ya se publicó; nadie lo recibe dos veces.
reloaded = Base de hechos recargada: versión { $version }, { $facts } hechos, { $alerts } avisos.
reload-refused =
    La base de hechos no ha pasado la comprobación (problemas: { $count }); sigo usando la anterior.
    { $problems }
changes-done = Avisando ahora a { $chats } chats de { $facts } respuestas cambiadas.
changes-none = Ninguna respuesta seguida ha cambiado desde que se comunicó.
admins-only = Solo los administradores del bot pueden hacer eso.

## Verificar lo que reenvían los lectores

verdict-supported = ✅ Respaldado por los artículos
verdict-overstated = ⚠️ Exagerado
verdict-contradicted = ❌ Desmentido por los artículos
verdict-not-in-articles = ❔ No está en los artículos
reason-as-said = Los artículos lo dicen.
reason-surer-than-source = Los artículos no lo dan por hecho: solo hablan de ello como información de otros, rumor, conversaciones u opción.
reason-other-detail = Los artículos hablan de { $given }, no de { $said }.
reason-other-date = Los artículos dan otra fecha.
reason-other-number = Los artículos dan otra cifra.
reason-other-span = Los artículos dan otro plazo de tiempo.
reason-other-pairing = Los artículos emparejan a estas empresas de otra manera.
reason-other-product = Los artículos hablan de otro tipo de producto.
reason-other-scope = Los artículos hablan de una parte, no del todo.
reason-other-source = Lo dice el artículo de { $given }, no el de { $said }.
reason-other-claimant = Lo dice { $given }, no { $said }.
reason-other-also = No solo { $said }: los artículos citan a otros en la misma situación ({ $given }).
reason-no-comment = Según los artículos, { $claimant } no quiso confirmarlo.
reason-reversed = Los artículos dicen lo contrario.
reason-not-yet = Según los artículos, todavía no ha ocurrido.
reason-unsaid = Los artículos no dicen nada de esto.
reason-unsaid-detail = Los artículos nunca mencionan { $said } en esto.
reason-unsaid-span = Los artículos no dan ese plazo de tiempo sobre esto.
check-articles-say = Lo que dicen los artículos:
check-nearest = Lo más parecido que sí dicen:
check-nothing = No hay ninguna afirmación que comprobar. Reenvíame un mensaje, o escribe /check y el texto, y te diré qué dicen los artículos.
check-usage = Comprueba un mensaje así: /check Xiaomi firmó con BAIC. En un grupo, responde /check al mensaje.
inline-check-hint = Escribe: check y el mensaje que te enviaron

## El menú de comandos (setMyCommands, por idioma)

command-start = Bienvenida y preguntas de ejemplo
command-ask = Haz una pregunta sobre la noticia
command-topics = Explora las preguntas por tema
command-sources = Los artículos en los que me baso
command-subscribe = Recibe avisos cuando haya novedades
command-unsubscribe = Desactiva los avisos (un tema o todos)
command-subscriptions = Lo que sigues
command-following = Las respuestas que sigues
command-unfollow = Dejar de seguir respuestas (una, o todas)
command-latest = Los últimos avisos
command-check = Comprueba un mensaje que te reenviaron
command-timeline = La noticia hasta ahora, en orden
command-language = Elige el idioma de mis respuestas
command-help = Cómo usar este bot
