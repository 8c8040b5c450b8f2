# The words readers see, in English. One catalog per language (en.ftl, it.ftl, es.ftl),
# the same message ids in each, placeholders ({ $name }) the same in each:
# `python -m bot check` reports any message missing from a catalog or any placeholder
# that differs. Texts for Telegram are HTML: keep <b>, <i> and the like balanced.
# Operators' terminal output (check, alerts, report) stays in English, in bot/messages.py.

## How sure a claim is

status-stated = Stated by the article
status-stated-both = Stated by both articles
status-reported = Reported by { $claimant }; not confirmed by the companies
status-rumoured = Rumour; not confirmed
status-denied = Denied by { $claimant }
status-no-comment = { $claimant } would not confirm it

## Said first when a reader asks whether a claim that is not the article's own is sure

confirm-reported = Not confirmed: this is reported by { $claimant }, not confirmed by the companies.
confirm-rumoured = Not confirmed: this is only a rumour.
confirm-denied = No: { $claimant } denied it.
confirm-no-comment = Not confirmed: { $claimant } would not confirm it.

## Answers

disagreement = The sources disagree: { $note }
source-line = "{ $title }", by { $author }
sources-heading = Source
sources-heading-plural = Sources
unknown =
    I don't know: the two articles about Xiaomi's car plans don't cover that. I only answer from what they report, to avoid guessing.
missing-price = The articles don't say: they give no price, cost or amount of money for that.
missing-number = The articles don't say: they give no figures for that.
missing-date = The articles don't say when: they give no date for that.
missing-year = The articles don't say which year: the dates they give have no year.
missing-time = The articles don't say at what time: they give no hour for that.
missing-day = The articles don't give an exact date for that.
missing-duration = The articles don't say how long.
missing-time-to = The articles don't say how long that will take.
missing-place = The articles don't say where.
missing-person = The articles don't name anyone for that.
missing-name = The articles don't give a name for that.
missing-seller = The articles don't say whom it was bought from.
missing-owner = The articles don't say whose it is.
missing-plant = The articles don't say which plant.
missing-model = The articles don't say which model, nor what is made there.
missing-outcome = The articles don't say how it turned out.
missing-informant = The articles don't say who leaked it: they report it as a rumour, with no source named.
missing-terms = The articles don't give the terms or conditions of any deal.
missing-publisher = The articles don't name the website they ran on, nor whom their authors write for.
missing-reason = The articles don't say why.
missing-how-to = The articles report news; they don't give instructions for that.
missing-summary = I can sum up the whole story or either article, not that: ask me about it directly.
missing-statement = The articles don't report any statement from them on that.
related-intro = What they do cover:
suggestions-intro = I'm not sure what you mean. Did you mean:
update-lead = Update, per { $claimant } ({ $when }):
update-when-dated = article of { $date }
update-when-undated = a later article
earlier-lead = Earlier, the article by { $author } said:
source-lead-one = From the article by { $author }, “{ $title }”:
source-lead-both = From both articles, by { $first } and { $second }:
absent-lead = Not in the article by { $absent }: only the one by { $present } says it.


## Which article names what (made from the article texts when the fact base loads)

mention-all = Both articles mention { $name }.
mention-one =
    Only the { $position ->
        [1] first
        *[other] second
    } article, by { $author }, mentions { $name }; the other one does not.
mention-some = { $name } is mentioned in the articles by { $authors }.
mention-not =
    No: the { $position ->
        [1] first
        *[other] second
    } article, by { $author }, does not mention { $name }; the article by { $authors } does.
mention-instead =
    Instead it names { $kind ->
        [company] these companies
        [outlet] these news sources
        [place] these places
        [authority] these authorities
        [product] these products
        *[other] these people
    }: { $names }.
mention-question = Which article mentions { $name }?
mention-not-question =
    Does the { $position ->
        [1] first
        *[other] second
    } article mention { $name }?
mention-kind-all =
    { $kind ->
        [company] Companies
        [outlet] News sources
        [place] Places
        [authority] Authorities
        [product] Products
        *[other] People
    } named in both articles: { $names }.
mention-kind-one =
    { $kind ->
        [company] Companies
        [outlet] News sources
        [place] Places
        [authority] Authorities
        [product] Products
        *[other] People
    } named in the { $position ->
        [1] first
        *[other] second
    } article, by { $author }: { $names }.
mention-kind-any =
    { $kind ->
        [company] Companies
        [outlet] News sources
        [place] Places
        [authority] Authorities
        [product] Products
        *[other] People
    } named in the articles: { $names }.
mention-in-all = { $name } (in both)
mention-in-one =
    { $name } (only in the { $position ->
        [1] first
        *[other] second
    }, by { $author })
mention-in-some = { $name } (in the articles by { $authors })
mention-kind-question-all =
    Which { $kind ->
        [company] companies
        [outlet] news sources
        [place] places
        [authority] authorities
        [product] products
        *[other] people
    } do both articles name?
mention-kind-question-one =
    Which { $kind ->
        [company] companies
        [outlet] news sources
        [place] places
        [authority] authorities
        [product] products
        *[other] people
    } does the { $position ->
        [1] first
        *[other] second
    } article name?
mention-kind-question-any =
    Which { $kind ->
        [company] companies
        [outlet] news sources
        [place] places
        [authority] authorities
        [product] products
        *[other] people
    } do the two articles name?
list-and = and

## Small talk

smalltalk-greeting = Hello! Ask me anything about Xiaomi's electric-car plans and its licence wait, for example: "Why is Xiaomi's car delayed?"
smalltalk-thanks = You're welcome! Ask me anything else about the story.
smalltalk-help = I answer questions about Xiaomi's electric-car plans from two news articles, always with the source and a quote. Try "Who is Xiaomi talking to?" or "When is the launch?".
smalltalk-goodbye = Bye! Come back when the story moves.
smalltalk-acknowledgement = Anything else you'd like to know about the story?
smalltalk-wellbeing = All good, thanks! Ask me anything about Xiaomi's car plans.

## Telegram

welcome =
    <b>Xiaomi's electric car, explained.</b>
    Xiaomi wants to build cars but is still waiting for a government licence, so it is talking to established carmakers. Ask me anything about it: every answer comes with its source and a quote.

    Try one of these, or type your own question.
help =
    <b>How to use me</b>
    • Just type a question in this chat, e.g. <i>Who is Xiaomi talking to?</i>
    • In groups: /ask your question, mention me, or reply to my message.
    • In any chat: type @{ $username } and a question.

    /check a message you were forwarded, or forward it to me: is it in the articles?
    /topics browse by topic · /sources the articles I answer from
    /subscribe get an alert when the story moves · /language English, italiano, español
    I only answer from two news articles; if they don't say, I tell you so.
ask-usage = Ask me like this: /ask Why is Xiaomi's car delayed?
not-text = I can only read text. Type your question about Xiaomi's car plans.
unknown-command = I don't know that command. /help shows what I can do.
flood-note = You're asking faster than I can read. I'll answer again in a few seconds.
apology = Sorry, something went wrong on my side. Please try again in a moment.
button-expired = This button no longer works. Ask me again.
topics-intro = <b>Topics</b>: pick one to see what you can ask.
topic-heading = <b>{ $label }</b>: { $description }
sources-intro = <b>I answer from these articles:</b>
source-item = • <b>{ $title }</b>, by { $author }
published-on = published { $date }
published-unknown = publication date not given
read-article = read it
timeline-heading = <b>How the story developed</b> (page { $page } of { $pages })
timeline-previous = ◀ Earlier
timeline-next = Later ▶
source-attribution = 📰 <b>{ $title }</b>, by { $author }
disagreement-mark = ⚠️ <b>The sources disagree:</b> { $note }
alert-headline = 🔔 <b>{ $headline }</b>
sources-button = 📚 Sources
share-whatsapp-button = Share on WhatsApp
share-telegram-button = Share in Telegram
share-source = Source: { $title }, by { $author }
share-more = More answers: { $link }
inline-nothing = Not in the articles: ask me in private
language-intro = Which language should I answer in? I also follow the language you write in.
language-set = From now on I answer in English, unless you write to me in another language.

## Alerts

subscribe-intro = <b>Get an alert when the story moves.</b> What do you want to follow?
everything-button = Everything
everything-label = everything
subscribed = You'll get alerts about: { $topics }. /unsubscribe to stop.
subscribed-short = Following: { $topics }
unsubscribed = Done: no more alerts.
unsubscribed-some = Stopped { $removed }. Still following: { $topics }.
not-subscribed = You don't follow anything yet. /subscribe to get alerts when the story moves.
unknown-topics = I don't know the topic { $unknown }. Topics: { $known }, or all.
group-admins-only = Only the group's admins can change its alerts.
no-alerts-yet = No alerts yet. /subscribe to get the next one.

## Following an answer

follow-button = 🔔 Follow
unfollow-button = Stop following this
followed = Done: I'll tell you when this answer changes. /following lists what you follow.
already-followed = You already follow this answer.
unfollowed = You no longer follow that answer.
unfollowed-all = Done: you follow no answers now.
following-intro = <b>Answers you follow</b> (I'll tell you when one changes). Press one to stop following it.
following-none = You don't follow any answer yet. Press 🔔 Follow under an answer to be told when it changes.
change-headline = 🔔 <b>An answer you follow has changed:</b> { $question }

## Admins

publish-usage = Publish like this: /publish <alert-id>, or /publish changes to tell followers of changed answers. Alerts: { $alerts }
preview-usage = Preview like this: /preview <alert-id>. Alerts: { $alerts }
publish-unknown = There is no alert "{ $alert_id }" in alerts.yaml.
publish-done = Publishing "{ $alert_id }" to { $count } chats now.
publish-already = "{ $alert_id }" was published before; nobody gets it twice.
reloaded = Fact base reloaded: version { $version }, { $facts } facts, { $alerts } alerts.
reload-refused =
    The fact base failed its check ({ $count } problem(s)); still serving the previous one.
    { $problems }
changes-done = Telling { $chats } chats about { $facts } changed answers now.
changes-none = No answer anyone follows has changed since they were told.
admins-only = Only the bot's admins can do that.

## Checking what readers forward

verdict-supported = ✅ Supported
verdict-overstated = ⚠️ Overstated
verdict-contradicted = ❌ Contradicted
verdict-not-in-articles = ❔ Not in the articles
reason-as-said = The articles say so.
reason-surer-than-source = The articles don't give this as settled: they report it only as a report, a rumour, talks or an option.
reason-other-detail = The articles name { $given }, not { $said }.
reason-other-date = The articles give another date.
reason-other-number = The articles give another figure.
reason-other-span = The articles give another length of time.
reason-other-pairing = The articles pair these companies differently.
reason-other-product = The articles speak of another kind of product.
reason-other-scope = The articles speak of part of it, not all of it.
reason-other-source = It is { $given }'s article that says so, not { $said }'s.
reason-other-claimant = It is { $given } that says so, not { $said }.
reason-other-also = Not only { $said }: the articles name others in the same case ({ $given }).
reason-no-comment = The articles say { $claimant } would not confirm it.
reason-reversed = The articles say otherwise.
reason-not-yet = The articles say this has not happened yet.
reason-unsaid = The articles say nothing about this.
reason-unsaid-detail = The articles never mention { $said } in this.
reason-unsaid-span = The articles give no such length of time for this.
check-articles-say = What the articles say:
check-nearest = The closest thing they do say:
check-nothing = There is no claim in that for me to check. Forward me a message, or send /check and its text, and I'll tell you what the articles say about it.
check-usage = Check a message like this: /check Xiaomi signed with BAIC. In a group, reply /check to the message.
inline-check-hint = Type: check and the message you were sent

## The command menu (setMyCommands, per language)

command-start = Welcome and example questions
command-ask = Ask a question about the story
command-topics = Browse questions by topic
command-sources = The articles I answer from
command-subscribe = Get alerts when the story moves
command-unsubscribe = Stop alerts (a topic, or all)
command-subscriptions = What you follow
command-following = Answers you follow
command-unfollow = Stop following answers (one, or all)
command-latest = The latest alerts
command-check = Check a message you were forwarded
command-check = Check a message you were forwarded
command-timeline = The story so far, in order
command-language = Choose the language of my answers
command-help = How to use this bot
