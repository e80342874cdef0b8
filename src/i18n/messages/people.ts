/** Messages of the people feature (deaths in custody, incommunicado, person cards) and the sources & methods page. */
export const people = {
  en: {
    "people.days.one": "{n} day",
    "people.days.few": "{n} days",
    "people.days.many": "{n} days",
    "people.days.other": "{n} days",
    "people.days.computedFrom": "computed from {from} to {to}",
    "people.days.fromFirstReport": "the start is not known, so this counts from the first report",
    "people.days.monthOnly": "start known only to the month, counted from the 1st",
    "people.days.yearOnly": "start known only to the year, counted from 1 January",
    "people.days.reported": "{days} as of {date}",
    "people.days.sourceSays": "Source: {days} as of {date}",
    "people.days.computedTo": "computed to that date: {days}",
    "people.days.differs": "differs from the computed count",

    "people.case.article": "Art. {list} of the Criminal Code",
    "people.case.articles": "Arts. {list} of the Criminal Code",
    "people.case.charged": "Charged (not sentenced)",
    "people.case.sentence": "Sentence",

    "people.state.died": "Died in custody",
    "people.state.released": "Released",
    "people.state.in_custody": "In custody",
    "people.state.incommunicado": "Held incommunicado",
    "people.state.contact_resumed": "In custody; contact resumed",

    "people.card.status": "Status",
    "people.card.asOf": "as of {date}",
    "people.card.sinceDate": "since {date}",
    "people.card.incommunicado": "Incommunicado",
    "people.card.inCustodySince": "In custody since",
    "people.card.daysInCustody": "Days in custody",
    "people.card.nameSources": "Name published by",
    "people.card.close": "Close",

    "people.legend": "Legend",
    "people.hint.open": "Enter or click: open the card",

    "people.deaths.title": "Deaths in custody",
    "people.deaths.summary": "Deaths of political prisoners in custody by Viasna's count, {from} – {to}: {count}.",
    "people.deaths.summaryOther": "Other sources list more deaths that Viasna does not count: {count}.",
    "people.deaths.summaryLatest": "Most recent: {name}, died {date}",
    "people.deaths.summaryReported": ", became known {date}",
    "people.deaths.none": "No deaths in custody in the selected period.",
    "people.deaths.hint":
      "Each mark is one person. Hover or focus a mark for the dates, use the arrow keys to move between them, and press Enter or click to open the person's card.",
    "people.deaths.aria.died": "died {date}",
    "people.deaths.aria.reported": "became known {date}",
    "people.deaths.died": "Died",
    "people.deaths.reported": "Became known",
    "people.deaths.later": "{days} after the death",
    "people.deaths.sameDay": "the same day",
    "people.deaths.age": "aged {age}",
    "people.deaths.ageLabel": "Age",
    "people.deaths.place": "Place",
    "people.deaths.or": "or",
    "people.deaths.ordinal": "No. {n} in Viasna's count",
    "people.deaths.notCounted": "Not in Viasna's count",
    "people.deaths.legend.counted": "a death in Viasna's count, with its number; date known to the day",
    "people.deaths.legend.partial": "dashed: date known only to the month or year (the line spans the period)",
    "people.deaths.legend.reported": "line to a tick: the death became known later",
    "people.deaths.legend.uncounted": "square: listed by other sources, not in Viasna's count",

    "people.inc.title": "Incommunicado detention",
    "people.inc.summary":
      "People held incommunicado, without contact with family or lawyers: {total}. As of {date}, still without contact: {open}; contact resumed: {resumed}; released: {released}.",
    "people.inc.none": "No one held incommunicado in the selected period.",
    "people.inc.stillAsOf": "still incommunicado as of {date}",
    "people.inc.how.contact_resumed": "contact resumed",
    "people.inc.how.released": "released",
    "people.inc.start": "Start date",
    "people.inc.startUnknown": "start unknown (held incommunicado by {date})",
    "people.inc.firstReport": "First report",
    "people.inc.end": "end date",
    "people.inc.laterRelease": "Released later: {date}",
    "people.inc.otherStart": "another source gives the start as {date}: {days}",
    "people.inc.legend.span": "held without contact",
    "people.inc.legend.uncertain": "start known only to the month, or not known",
    "people.inc.legend.open": "arrow: no end reported by the release date",
    "people.inc.legend.contact": "circle: contact resumed",
    "people.inc.legend.released": "diamond: released",

    "people.table.name": "Name",
    "people.table.count": "Viasna's count",
    "people.table.since": "Since",
    "people.table.until": "Until",
    "people.table.computed": "Days (computed)",
    "people.table.reported": "Days (sources)",

    "people.list.title": "People behind the numbers",
    "people.list.summary":
      "People named in this release, only where a source had already published the name: {total}. Died in custody: {died}; held incommunicado: {incommunicado}; others: {other}.",
    "people.list.seeDeath": "On the deaths timeline",
    "people.list.copyMore": "{n} more people are in the list once the page has loaded.",
    "people.list.seeIncommunicado": "On the incommunicado chart",
    "people.search": "Find a person",
    "people.searchHint": "A name in any language: Pushkin, Пушкін…",
    "people.searchNone": "No named person matches “{query}”.",
    "people.clearSearch": "Clear search",
    "people.n.found.one": "{n} person matches “{query}”",
    "people.n.found.few": "{n} people match “{query}”",
    "people.n.found.many": "{n} people match “{query}”",
    "people.n.found.other": "{n} people match “{query}”",

    "methods.lead":
      "Every figure in this tracker comes from a named source and keeps the qualifier that source gives it. This page explains how each figure is counted and shown, what the figures cannot tell you, how data releases and corrections work, and how to cite them. Every source is listed at the end.",
    "methods.toc": "On this page",
    "methods.counting.title": "How each figure is counted",
    "methods.figure.prisoners": "Political prisoners",
    "methods.figureText.prisoners":
      "People in custody whom Belarusian human rights organisations, chiefly the Human Rights Centre “Viasna”, have recognised as political prisoners, counted on a given date. People who are released or finish their sentence leave the count; newly recognised people join it. Recognition takes time, so the count lags behind arrests.",
    "methods.figure.pardons": "Pardons",
    "methods.figureText.pardons":
      "Each pardon stage since 3 July 2024 as announced by the authorities or reported by the media, and the releases brokered by the United States. Running totals are shown as each source reports them; where they differ from the sum of the stages, both are shown. Sources number the stages differently, so every numbering is shown with its source.",
    "methods.figure.detentions": "Detentions",
    "methods.figureText.detentions":
      "Detention events as rights groups and the media report them: the dates, the places and a count with its qualifier. A figure given for several towns together stays one figure and is never split between them. Raids and “preventive conversations” are kept apart from detentions.",
    "methods.figure.treason": "“High treason” convictions",
    "methods.figureText.treason":
      "The cumulative number of people convicted of “high treason” (Art. 356 of the Criminal Code) since 9 August 2020, as counted by Viasna from court information and reports.",
    "methods.figure.deaths": "Deaths in custody",
    "methods.figureText.deaths":
      "Political prisoners who died in custody since 2020 — in a penal colony, prison, pre-trial detention centre or police custody, or in hospital after transfer from one. Numbers follow Viasna's count; deaths that other sources list are shown too, marked as outside that count. Where the date of death and the date it became known differ, both are shown.",
    "methods.figure.incommunicado": "Incommunicado detention",
    "methods.figureText.incommunicado":
      "People held without any contact — no letters, visits or calls with family, no lawyer — as rights groups and relatives report. A span runs from when contact stopped to when it resumed or the person was released; without a reported end it runs to the release's as-of date. Day counts are computed from these dates; where a source states its own count, both are shown side by side.",
    "methods.qualifiers.title": "What “at least”, “about” and “more than” mean",
    "methods.qualifiers.intro":
      "A figure never loses the words its source puts around it. Charts draw inexact figures with hollow or dashed marks, so the shape, not only the colour, tells you how exact a figure is.",
    "methods.qualifier.exact":
      "The source gives a plain number. It is still the number the source documented, not necessarily every case.",
    "methods.qualifier.at_least":
      "A lower bound: the source documented this many, and the real number may be higher. Rights groups often say “at least” because they count only cases they could verify by name.",
    "methods.qualifier.about":
      "An approximate figure (“around”, “nearly”, “some”). Day counts we compute from a date known only to the month or year are also marked “about”.",
    "methods.qualifier.more_than": "The real figure is above this one (“more than 600 days”).",
    "methods.qualifier.fewer_than": "The real figure is below this one.",
    "methods.qualifier.range": "The source gives two bounds, such as an age of 61 or 62.",
    "methods.qualifiers.dates":
      "Dates can be partial too: a source may give only a month (“February 2023”) or a year. Such dates are shown as the source gives them, drawn with their whole period, and day counts from them start on the first day of the period and are marked “about”.",
    "methods.undercount.title": "What the figures leave out",
    "methods.undercount.text":
      "Every count here is a count of documented cases, and the real numbers are almost certainly higher. Human rights groups say they cannot document every case: the authorities publish almost nothing, trials are often closed, and information from places of detention is scarce.",
    "methods.undercount.fear":
      "Many families do not report an arrest, a sentence or a death for fear of reprisals, and some people ask not to be named. A figure is what was documented by its date, not everything that happened.",
    "methods.conflicts.title": "When sources disagree",
    "methods.conflicts.text":
      "When sources give different figures for the same thing, every version is kept with its own sources and shown side by side — for example a running total as reported next to the total computed from the stages, or two ages given for the same person. Figures are never averaged, and no version is silently picked.",
    "methods.conflicts.computed":
      "Figures we compute ourselves — sums of stages, day counts from dates — are labelled as computed, say which dates or records they come from, and are shown next to the figures sources report, with a note where the two differ.",
    "methods.people.title": "People behind the numbers",
    "methods.people.text":
      "These are real people who died in custody or are still detained. We name a person only if a cited source has already published the name, and say where someone is held or died only by institution and town. The data check refuses a release that names someone without such a source. We describe deaths with the facts the sources give and do not speculate about causes.",
    "methods.releases.title": "Releases and corrections",
    "methods.releases.text":
      "The data ships as releases: immutable snapshots of the whole dataset as of a date. The manifest lists each file of a release with its size and SHA-256 hash, and the app refuses a file whose hash does not match. Nothing in a published release is edited: a correction is a new release whose changelog says what changed. Add ?release=<id> to a link or an embed to pin it to one release.",
    "methods.releases.current": "You are viewing release {id}: data as of {asOf}, published {published}.",
    "methods.releases.changelog": "Changelog of this release",
    "methods.releases.files": "Files and hashes",
    "methods.releases.bytes": "{n} bytes",
    "methods.cite.title": "How to cite",
    "methods.cite.text":
      "Cite the original source of a figure (listed below, with its link) and the tracker with the release id, so that your readers see the same data you saw. Each chart's source line names its sources; embeds and downloads carry a citation line.",
    "methods.cite.example": "Belarus Repression Tracker, data release {id} (as of {asOf}), {url}",
    "methods.sources.link": "All sources",
    "methods.sources.title": "Sources ({count})",
    "methods.sources.intro":
      "Every source this release cites, grouped by publisher. Links open the original publication; the newsletter has no public link in our copy.",
    "methods.sources.search": "Search sources",
    "methods.sources.shown": "Showing {shown} of {total}",
  },
  be: {
    "people.days.one": "{n} дзень",
    "people.days.few": "{n} дні",
    "people.days.many": "{n} дзён",
    "people.days.other": "{n} дня",
    "people.days.computedFrom": "разлік з {from} па {to}",
    "people.days.fromFirstReport": "пачатак невядомы, таму лік ад першага паведамлення",
    "people.days.monthOnly": "пачатак вядомы толькі да месяца, лік з 1-га чысла",
    "people.days.yearOnly": "пачатак вядомы толькі да года, лік з 1 студзеня",
    "people.days.reported": "{days} на {date}",
    "people.days.sourceSays": "Крыніца: {days} на {date}",
    "people.days.computedTo": "разлік на тую ж дату: {days}",
    "people.days.differs": "разыходзіцца з разлікам",

    "people.case.article": "арт. {list} Крымінальнага кодэкса",
    "people.case.articles": "арт. {list} Крымінальнага кодэкса",
    "people.case.charged": "Абвінавачванне (без прысуду)",
    "people.case.sentence": "Прысуд",

    "people.state.died": "Смерць у зняволенні",
    "people.state.released": "На волі",
    "people.state.in_custody": "Пад вартай",
    "people.state.incommunicado": "Інкамунікада (без сувязі)",
    "people.state.contact_resumed": "Пад вартай; сувязь адноўлена",

    "people.card.status": "Статус",
    "people.card.asOf": "на {date}",
    "people.card.sinceDate": "пачатак: {date}",
    "people.card.incommunicado": "Інкамунікада",
    "people.card.inCustodySince": "Пад вартай з",
    "people.card.daysInCustody": "Дзён пад вартай",
    "people.card.nameSources": "Імя апублікавалі",
    "people.card.close": "Закрыць",

    "people.legend": "Умоўныя пазначэнні",
    "people.hint.open": "Enter або пстрычка — адкрыць картку",

    "people.deaths.title": "Смерці ў зняволенні",
    "people.deaths.summary": "Смерці палітвязняў у зняволенні паводле падліку «Вясны», {from} – {to}: {count}.",
    "people.deaths.summaryOther": "Іншыя крыніцы называюць яшчэ смерці, якія «Вясна» не ўлічвае: {count}.",
    "people.deaths.summaryLatest": "Апошняя: {name}, дата смерці — {date}",
    "people.deaths.summaryReported": ", стала вядома {date}",
    "people.deaths.none": "За абраны перыяд смерцяў у зняволенні няма.",
    "people.deaths.hint":
      "Кожны знак — адзін чалавек. Навядзіце курсор або фокус на знак, каб убачыць даты; стрэлкі перамяшчаюць паміж знакамі, Enter або пстрычка адкрывае картку чалавека.",
    "people.deaths.aria.died": "дата смерці {date}",
    "people.deaths.aria.reported": "стала вядома {date}",
    "people.deaths.died": "Дата смерці",
    "people.deaths.reported": "Стала вядома",
    "people.deaths.later": "праз {days} пасля смерці",
    "people.deaths.sameDay": "у той жа дзень",
    "people.deaths.age": "узрост: {age}",
    "people.deaths.ageLabel": "Узрост",
    "people.deaths.place": "Месца",
    "people.deaths.or": "або",
    "people.deaths.ordinal": "№ {n} у падліку «Вясны»",
    "people.deaths.notCounted": "Па-за падлікам «Вясны»",
    "people.deaths.legend.counted": "смерць у падліку «Вясны» з нумарам; дата вядомая дакладна",
    "people.deaths.legend.partial": "пункцір: дата вядомая толькі да месяца або года (лінія — увесь перыяд)",
    "people.deaths.legend.reported": "лінія да рыскі: пра смерць стала вядома пазней",
    "people.deaths.legend.uncounted": "квадрат: называюць іншыя крыніцы, па-за падлікам «Вясны»",

    "people.inc.title": "Утрыманне інкамунікада",
    "people.inc.summary":
      "Утрымліваліся інкамунікада, без сувязі з роднымі і адвакатамі: {total} чал. На {date} дагэтуль без сувязі: {open}; сувязь адноўлена: {resumed}; вызвалены: {released}.",
    "people.inc.none": "За абраны перыяд няма звестак пра ўтрыманне інкамунікада.",
    "people.inc.stillAsOf": "дагэтуль без сувязі на {date}",
    "people.inc.how.contact_resumed": "сувязь адноўлена",
    "people.inc.how.released": "вызвалілі",
    "people.inc.start": "Дата пачатку",
    "people.inc.startUnknown": "пачатак невядомы (без сувязі ўжо на {date})",
    "people.inc.firstReport": "Першае паведамленне",
    "people.inc.end": "дата заканчэння",
    "people.inc.laterRelease": "Пазней вызвалілі: {date}",
    "people.inc.otherStart": "іншая крыніца называе пачатак: {date} — {days}",
    "people.inc.legend.span": "без сувязі",
    "people.inc.legend.uncertain": "пачатак вядомы толькі да месяца або невядомы",
    "people.inc.legend.open": "стрэлка: да даты выпуску заканчэнне не паведамлялася",
    "people.inc.legend.contact": "кола: сувязь адноўлена",
    "people.inc.legend.released": "ромб: вызваленне",

    "people.table.name": "Імя",
    "people.table.count": "Падлік «Вясны»",
    "people.table.since": "Пачатак",
    "people.table.until": "Заканчэнне",
    "people.table.computed": "Дзён (разлік)",
    "people.table.reported": "Дзён (паводле крыніц)",

    "people.list.title": "Людзі за лічбамі",
    "people.list.summary":
      "Людзі, названыя ў гэтым выпуску — толькі тыя, чые імёны ўжо апублікавалі крыніцы: {total}. Памерлі ў зняволенні: {died}; утрымліваліся інкамунікада: {incommunicado}; іншыя: {other}.",
    "people.list.seeDeath": "На храналогіі смерцяў",
    "people.list.copyMore": "Яшчэ людзей у спісе пасля загрузкі старонкі: {n}.",
    "people.list.seeIncommunicado": "На графіку інкамунікада",
    "people.search": "Знайсці чалавека",
    "people.searchHint": "Імя на любой мове: Пушкін, Pushkin…",
    "people.searchNone": "Ніхто з названых людзей не адпавядае «{query}».",
    "people.clearSearch": "Ачысціць пошук",
    "people.n.found.one": "{n} чалавек адпавядае «{query}»",
    "people.n.found.few": "{n} чалавекі адпавядаюць «{query}»",
    "people.n.found.many": "{n} чалавек адпавядаюць «{query}»",
    "people.n.found.other": "{n} чалавека адпавядаюць «{query}»",

    "methods.lead":
      "Кожная лічба ў трэкеры ўзятая з названай крыніцы і захоўвае ўдакладненне, якое дае крыніца. Тут тлумачыцца, як кожная лічба падлічваецца і паказваецца, чаго лічбы не могуць сказаць, як уладкаваныя выпускі даных і выпраўленні і як на іх спасылацца. Усе крыніцы пералічаныя ў канцы.",
    "methods.toc": "На гэтай старонцы",
    "methods.counting.title": "Як падлічваецца кожная лічба",
    "methods.figure.prisoners": "Палітвязні",
    "methods.figureText.prisoners":
      "Людзі пад вартай, якіх беларускія праваабарончыя арганізацыі, перш за ўсё Праваабарончы цэнтр «Вясна», прызналі палітвязнямі, на пэўную дату. Вызваленыя і тыя, хто адбыў тэрмін, выходзяць з падліку; упершыню прызнаныя дадаюцца. Прызнанне патрабуе часу, таму падлік адстае ад арыштаў.",
    "methods.figure.pardons": "Памілаванні",
    "methods.figureText.pardons":
      "Кожны этап памілавання з 3 ліпеня 2024 г., як яго абвясцілі ўлады або паведамілі СМІ, і вызваленні пры пасрэдніцтве ЗША. Нарастальныя вынікі паказваюцца так, як іх падае кожная крыніца; калі яны разыходзяцца з сумай этапаў, паказваюцца абодва. Крыніцы нумаруюць этапы па-рознаму, таму кожная нумарацыя ідзе са сваёй крыніцай.",
    "methods.figure.detentions": "Затрыманні",
    "methods.figureText.detentions":
      "Выпадкі затрыманняў, як пра іх паведамляюць праваабаронцы і СМІ: даты, месцы і колькасць з удакладненнем. Лічба, названая для некалькіх гарадоў разам, застаецца адной лічбай і ніколі не дзеліцца паміж імі. Рэйды і «прафілактычныя гутаркі» паказваюцца асобна ад затрыманняў.",
    "methods.figure.treason": "Прысуды за «здраду дзяржаве»",
    "methods.figureText.treason":
      "Колькасць людзей, асуджаных за «здраду дзяржаве» (арт. 356 Крымінальнага кодэкса) з 9 жніўня 2020 г. нарастальным вынікам, паводле падліку «Вясны» па звестках судоў і паведамленнях.",
    "methods.figure.deaths": "Смерці ў зняволенні",
    "methods.figureText.deaths":
      "Палітвязні, якія памерлі ў зняволенні з 2020 г., — у калоніі, турме, СІЗА ці ў міліцыі або ў бальніцы пасля пераводу адтуль. Нумары ідуць паводле падліку «Вясны»; смерці, якія называюць іншыя крыніцы, таксама паказваюцца, з пазнакай, што яны па-за гэтым падлікам. Калі дата смерці і дата, калі пра яе стала вядома, розныя, паказваюцца абедзве.",
    "methods.figure.incommunicado": "Утрыманне інкамунікада",
    "methods.figureText.incommunicado":
      "Людзі, якіх трымаюць без усялякай сувязі — без лістоў, спатканняў і званкоў з роднымі, без адваката, — паводле праваабаронцаў і родных. Адрэзак цягнецца ад моманту, калі сувязь спынілася, да моманту, калі яна аднавілася або чалавека вызвалілі; калі заканчэнне не паведамлялася, — да даты выпуску. Колькасць дзён разлічваецца па гэтых датах; калі крыніца называе сваю лічбу, абедзве паказваюцца побач.",
    "methods.qualifiers.title": "Што значаць «не менш за», «каля» і «больш за»",
    "methods.qualifiers.intro":
      "Лічба ніколі не губляе слоў, якімі яе суправаджае крыніца. На графіках недакладныя лічбы маюць пустыя або пункцірныя знакі, так што пра дакладнасць гаворыць форма, а не толькі колер.",
    "methods.qualifier.exact":
      "Крыніца дае простую лічбу. Гэта ўсё роўна колькасць задакументаваных крыніцай выпадкаў, не абавязкова ўсіх.",
    "methods.qualifier.at_least":
      "Ніжняя мяжа: крыніца задакументавала столькі, а сапраўдная лічба можа быць большай. Праваабаронцы часта пішуць «не менш за», бо лічаць толькі выпадкі, якія змаглі пацвердзіць пайменна.",
    "methods.qualifier.about":
      "Прыблізная лічба («каля», «амаль», «некалькі»). Колькасць дзён, якую мы разлічваем ад даты, вядомай толькі да месяца або года, таксама пазначаецца «каля».",
    "methods.qualifier.more_than": "Сапраўдная лічба большая за гэтую («больш за 600 дзён»).",
    "methods.qualifier.fewer_than": "Сапраўдная лічба меншая за гэтую.",
    "methods.qualifier.range": "Крыніца дае дзве межы, напрыклад узрост 61 або 62 гады.",
    "methods.qualifiers.dates":
      "Даты таксама бываюць няпоўнымі: крыніца можа назваць толькі месяц («люты 2023 г.») або год. Такія даты паказваюцца так, як іх дае крыніца, на графіку займаюць увесь свой перыяд, а лік дзён ад іх ідзе з першага дня перыяду і пазначаецца «каля».",
    "methods.undercount.title": "Чаго лічбы не ўлічваюць",
    "methods.undercount.text":
      "Кожная лічба тут — гэта колькасць задакументаваных выпадкаў, і сапраўдныя лічбы амаль напэўна большыя. Праваабаронцы кажуць, што не могуць задакументаваць кожны выпадак: улады амаль нічога не публікуюць, суды часта закрытыя, а звестак з месцаў зняволення вельмі мала.",
    "methods.undercount.fear":
      "Шмат якія сем'і не паведамляюць пра арышт, прысуд ці смерць, бо баяцца рэпрэсій, а некаторыя людзі просяць не называць іх. Лічба — гэта тое, што было задакументавана на яе дату, а не ўсё, што адбылося.",
    "methods.conflicts.title": "Калі крыніцы разыходзяцца",
    "methods.conflicts.text":
      "Калі крыніцы даюць розныя лічбы пра адно і тое ж, захоўваецца кожны варыянт са сваімі крыніцамі, і яны паказваюцца побач — напрыклад, нарастальны вынік, як яго паведамілі, побач з вынікам, падлічаным па этапах, або два ўзросты аднаго чалавека. Лічбы ніколі не асерадняюцца, і ніводны варыянт не выбіраецца моўчкі.",
    "methods.conflicts.computed":
      "Лічбы, якія мы разлічваем самі, — сумы этапаў, колькасць дзён паміж датамі, — пазначаюцца як разлік, называюць даты або запісы, з якіх узятыя, і паказваюцца побач з лічбамі крыніц, з заўвагай, калі яны разыходзяцца.",
    "methods.people.title": "Людзі за лічбамі",
    "methods.people.text":
      "Гэта рэальныя людзі, якія памерлі ў зняволенні або дагэтуль пад вартай. Мы называем чалавека толькі тады, калі крыніца, на якую мы спасылаемся, ужо апублікавала імя, а пра месца, дзе чалавека трымаюць або дзе ён памёр, кажам толькі праз установу і горад. Праверка даных адхіляе выпуск, дзе чалавек названы без такой крыніцы. Пра смерці мы пішам толькі тое, што паведамляюць крыніцы, і не робім здагадак пра прычыны.",
    "methods.releases.title": "Выпускі і выпраўленні",
    "methods.releases.text":
      "Даныя пастаўляюцца выпускамі — нязменнымі здымкамі ўсяго набору даных на пэўную дату. Маніфест пералічвае кожны файл выпуску з памерам і хэшам SHA-256, і праграма адхіляе файл, хэш якога не супадае. Апублікаваны выпуск ніколі не рэдагуецца: выпраўленне — гэта новы выпуск, у журнале змен якога сказана, што змянілася. Дадайце ?release=<id> да спасылкі або ўбудавання, каб замацаваць адзін выпуск.",
    "methods.releases.current": "Вы глядзіце выпуск {id}: даныя на {asOf}, апублікаваны {published}.",
    "methods.releases.changelog": "Журнал змен гэтага выпуску",
    "methods.releases.files": "Файлы і хэшы",
    "methods.releases.bytes": "байтаў: {n}",
    "methods.cite.title": "Як спасылацца",
    "methods.cite.text":
      "Спасылайцеся на першакрыніцу лічбы (яна ёсць у спісе ніжэй, са спасылкай) і на трэкер з ідэнтыфікатарам выпуску, каб вашы чытачы бачылі тыя ж даныя, што і вы. Радок крыніц пад кожным графікам называе яго крыніцы; убудаванні і спампоўкі маюць спасылку для цытавання.",
    "methods.cite.example": "Трэкер рэпрэсій у Беларусі, выпуск даных {id} (на {asOf}), {url}",
    "methods.sources.link": "Усе крыніцы",
    "methods.sources.title": "Крыніцы ({count})",
    "methods.sources.intro":
      "Усе крыніцы, на якія спасылаецца гэты выпуск, згрупаваныя па выдаўцах. Спасылкі вядуць на першапачатковую публікацыю; у нашай копіі бюлетэня публічнай спасылкі няма.",
    "methods.sources.search": "Пошук па крыніцах",
    "methods.sources.shown": "Паказана {shown} з {total}",
  },
  ru: {
    "people.days.one": "{n} день",
    "people.days.few": "{n} дня",
    "people.days.many": "{n} дней",
    "people.days.other": "{n} дня",
    "people.days.computedFrom": "расчёт с {from} по {to}",
    "people.days.fromFirstReport": "начало неизвестно, поэтому счёт от первого сообщения",
    "people.days.monthOnly": "начало известно только до месяца, счёт с 1-го числа",
    "people.days.yearOnly": "начало известно только до года, счёт с 1 января",
    "people.days.reported": "{days} на {date}",
    "people.days.sourceSays": "Источник: {days} на {date}",
    "people.days.computedTo": "расчёт на ту же дату: {days}",
    "people.days.differs": "расходится с расчётом",

    "people.case.article": "ст. {list} Уголовного кодекса",
    "people.case.articles": "ст. {list} Уголовного кодекса",
    "people.case.charged": "Обвинение (без приговора)",
    "people.case.sentence": "Приговор",

    "people.state.died": "Смерть в заключении",
    "people.state.released": "На свободе",
    "people.state.in_custody": "Под стражей",
    "people.state.incommunicado": "Инкоммуникадо (без связи)",
    "people.state.contact_resumed": "Под стражей; связь восстановлена",

    "people.card.status": "Статус",
    "people.card.asOf": "на {date}",
    "people.card.sinceDate": "начало: {date}",
    "people.card.incommunicado": "Инкоммуникадо",
    "people.card.inCustodySince": "Под стражей с",
    "people.card.daysInCustody": "Дней под стражей",
    "people.card.nameSources": "Имя опубликовали",
    "people.card.close": "Закрыть",

    "people.legend": "Условные обозначения",
    "people.hint.open": "Enter или щелчок — открыть карточку",

    "people.deaths.title": "Смерти в заключении",
    "people.deaths.summary": "Смерти политзаключённых в заключении по подсчёту «Весны», {from} – {to}: {count}.",
    "people.deaths.summaryOther": "Другие источники называют ещё смерти, которые «Весна» не учитывает: {count}.",
    "people.deaths.summaryLatest": "Последняя: {name}, дата смерти — {date}",
    "people.deaths.summaryReported": ", стало известно {date}",
    "people.deaths.none": "В выбранный период смертей в заключении нет.",
    "people.deaths.hint":
      "Каждый знак — один человек. Наведите курсор или фокус на знак, чтобы увидеть даты; стрелки перемещают между знаками, Enter или щелчок открывает карточку человека.",
    "people.deaths.aria.died": "дата смерти {date}",
    "people.deaths.aria.reported": "стало известно {date}",
    "people.deaths.died": "Дата смерти",
    "people.deaths.reported": "Стало известно",
    "people.deaths.later": "через {days} после смерти",
    "people.deaths.sameDay": "в тот же день",
    "people.deaths.age": "возраст: {age}",
    "people.deaths.ageLabel": "Возраст",
    "people.deaths.place": "Место",
    "people.deaths.or": "или",
    "people.deaths.ordinal": "№ {n} в подсчёте «Весны»",
    "people.deaths.notCounted": "Вне подсчёта «Весны»",
    "people.deaths.legend.counted": "смерть в подсчёте «Весны» с номером; дата известна точно",
    "people.deaths.legend.partial": "пунктир: дата известна только до месяца или года (линия — весь период)",
    "people.deaths.legend.reported": "линия до засечки: о смерти стало известно позже",
    "people.deaths.legend.uncounted": "квадрат: называют другие источники, вне подсчёта «Весны»",

    "people.inc.title": "Содержание инкоммуникадо",
    "people.inc.summary":
      "Содержались инкоммуникадо, без связи с родными и адвокатами: {total} чел. На {date} по-прежнему без связи: {open}; связь восстановлена: {resumed}; освобождены: {released}.",
    "people.inc.none": "За выбранный период нет сведений о содержании инкоммуникадо.",
    "people.inc.stillAsOf": "по-прежнему без связи на {date}",
    "people.inc.how.contact_resumed": "связь восстановлена",
    "people.inc.how.released": "освободили",
    "people.inc.start": "Дата начала",
    "people.inc.startUnknown": "начало неизвестно (без связи уже на {date})",
    "people.inc.firstReport": "Первое сообщение",
    "people.inc.end": "дата окончания",
    "people.inc.laterRelease": "Позже освободили: {date}",
    "people.inc.otherStart": "другой источник называет начало: {date} — {days}",
    "people.inc.legend.span": "без связи",
    "people.inc.legend.uncertain": "начало известно только до месяца или неизвестно",
    "people.inc.legend.open": "стрелка: до даты выпуска окончание не сообщалось",
    "people.inc.legend.contact": "круг: связь восстановлена",
    "people.inc.legend.released": "ромб: освобождение",

    "people.table.name": "Имя",
    "people.table.count": "Подсчёт «Весны»",
    "people.table.since": "Начало",
    "people.table.until": "Окончание",
    "people.table.computed": "Дней (расчёт)",
    "people.table.reported": "Дней (по источникам)",

    "people.list.title": "Люди за цифрами",
    "people.list.summary":
      "Люди, названные в этом выпуске, — только те, чьи имена уже опубликовали источники: {total}. Умерли в заключении: {died}; содержались инкоммуникадо: {incommunicado}; другие: {other}.",
    "people.list.seeDeath": "На хронологии смертей",
    "people.list.copyMore": "Ещё людей в списке после загрузки страницы: {n}.",
    "people.list.seeIncommunicado": "На графике инкоммуникадо",
    "people.search": "Найти человека",
    "people.searchHint": "Имя на любом языке: Пушкин, Pushkin…",
    "people.searchNone": "Никто из названных людей не соответствует «{query}».",
    "people.clearSearch": "Очистить поиск",
    "people.n.found.one": "{n} человек соответствует «{query}»",
    "people.n.found.few": "{n} человека соответствуют «{query}»",
    "people.n.found.many": "{n} человек соответствуют «{query}»",
    "people.n.found.other": "{n} человека соответствуют «{query}»",

    "methods.lead":
      "Каждая цифра в трекере взята из названного источника и сохраняет уточнение, которое даёт источник. Здесь объясняется, как каждая цифра считается и показывается, чего цифры не могут сказать, как устроены выпуски данных и исправления и как на них ссылаться. Все источники перечислены в конце.",
    "methods.toc": "На этой странице",
    "methods.counting.title": "Как считается каждая цифра",
    "methods.figure.prisoners": "Политзаключённые",
    "methods.figureText.prisoners":
      "Люди под стражей, которых белорусские правозащитные организации, прежде всего Правозащитный центр «Весна», признали политзаключёнными, на определённую дату. Освобождённые и отбывшие срок выходят из подсчёта; впервые признанные добавляются. Признание требует времени, поэтому подсчёт отстаёт от арестов.",
    "methods.figure.pardons": "Помилования",
    "methods.figureText.pardons":
      "Каждый этап помилования с 3 июля 2024 г., как его объявили власти или сообщили СМИ, и освобождения при посредничестве США. Нарастающие итоги показаны так, как их даёт каждый источник; если они расходятся с суммой этапов, показаны оба. Источники нумеруют этапы по-разному, поэтому каждая нумерация приводится со своим источником.",
    "methods.figure.detentions": "Задержания",
    "methods.figureText.detentions":
      "Случаи задержаний, как о них сообщают правозащитники и СМИ: даты, места и число с уточнением. Цифра, названная для нескольких городов вместе, остаётся одной цифрой и никогда не делится между ними. Рейды и «профилактические беседы» показаны отдельно от задержаний.",
    "methods.figure.treason": "Приговоры за «измену государству»",
    "methods.figureText.treason":
      "Число людей, осуждённых за «измену государству» (ст. 356 Уголовного кодекса) с 9 августа 2020 г. нарастающим итогом, по подсчёту «Весны» на основе сведений судов и сообщений.",
    "methods.figure.deaths": "Смерти в заключении",
    "methods.figureText.deaths":
      "Политзаключённые, умершие в заключении с 2020 г., — в колонии, тюрьме, СИЗО или в милиции либо в больнице после перевода оттуда. Номера следуют подсчёту «Весны»; смерти, которые называют другие источники, тоже показаны, с пометкой, что они вне этого подсчёта. Если дата смерти и дата, когда о ней стало известно, различаются, показаны обе.",
    "methods.figure.incommunicado": "Содержание инкоммуникадо",
    "methods.figureText.incommunicado":
      "Люди, которых держат без всякой связи — без писем, свиданий и звонков с родными, без адвоката, — по сведениям правозащитников и родных. Отрезок идёт от момента, когда связь прекратилась, до момента, когда она восстановилась или человека освободили; если окончание не сообщалось — до даты выпуска. Число дней рассчитывается по этим датам; если источник называет своё число, оба показаны рядом.",
    "methods.qualifiers.title": "Что значат «не менее», «около» и «более»",
    "methods.qualifiers.intro":
      "Цифра никогда не теряет слов, которыми её сопровождает источник. На графиках неточные цифры обозначены пустыми или пунктирными знаками, так что о точности говорит форма, а не только цвет.",
    "methods.qualifier.exact":
      "Источник даёт простое число. Это всё равно число задокументированных источником случаев, не обязательно всех.",
    "methods.qualifier.at_least":
      "Нижняя граница: источник задокументировал столько, а настоящее число может быть больше. Правозащитники часто пишут «не менее», потому что считают только случаи, которые смогли подтвердить поимённо.",
    "methods.qualifier.about":
      "Приблизительная цифра («около», «почти», «несколько»). Число дней, которое мы рассчитываем от даты, известной только до месяца или года, тоже помечено «около».",
    "methods.qualifier.more_than": "Настоящая цифра больше этой («более 600 дней»).",
    "methods.qualifier.fewer_than": "Настоящая цифра меньше этой.",
    "methods.qualifier.range": "Источник даёт две границы, например возраст 61 или 62 года.",
    "methods.qualifiers.dates":
      "Даты тоже бывают неполными: источник может назвать только месяц («февраль 2023 г.») или год. Такие даты показаны так, как их даёт источник, на графике занимают весь свой период, а счёт дней от них идёт с первого дня периода и помечен «около».",
    "methods.undercount.title": "Чего цифры не учитывают",
    "methods.undercount.text":
      "Каждая цифра здесь — число задокументированных случаев, и настоящие числа почти наверняка больше. Правозащитники говорят, что не могут задокументировать каждый случай: власти почти ничего не публикуют, суды часто закрыты, а сведений из мест заключения очень мало.",
    "methods.undercount.fear":
      "Многие семьи не сообщают об аресте, приговоре или смерти, потому что боятся репрессий, а некоторые люди просят их не называть. Цифра — это то, что было задокументировано на её дату, а не всё, что произошло.",
    "methods.conflicts.title": "Когда источники расходятся",
    "methods.conflicts.text":
      "Когда источники дают разные цифры об одном и том же, сохраняется каждый вариант со своими источниками, и они показаны рядом — например, нарастающий итог, как его сообщили, рядом с итогом, рассчитанным по этапам, или два возраста одного человека. Цифры никогда не усредняются, и ни один вариант не выбирается молча.",
    "methods.conflicts.computed":
      "Цифры, которые мы рассчитываем сами, — суммы этапов, число дней между датами, — помечены как расчёт, называют даты или записи, из которых получены, и показаны рядом с цифрами источников, с пометкой, если они расходятся.",
    "methods.people.title": "Люди за цифрами",
    "methods.people.text":
      "Это реальные люди, которые умерли в заключении или до сих пор находятся под стражей. Мы называем человека, только если источник, на который мы ссылаемся, уже опубликовал имя, а о месте, где человека держат или где он умер, говорим только через учреждение и город. Проверка данных отклоняет выпуск, где человек назван без такого источника. О смертях мы пишем только то, что сообщают источники, и не строим догадок о причинах.",
    "methods.releases.title": "Выпуски и исправления",
    "methods.releases.text":
      "Данные поставляются выпусками — неизменными снимками всего набора данных на определённую дату. Манифест перечисляет каждый файл выпуска с размером и хешем SHA-256, и приложение отклоняет файл, хеш которого не совпадает. Опубликованный выпуск никогда не редактируется: исправление — это новый выпуск, в журнале изменений которого сказано, что изменилось. Добавьте ?release=<id> к ссылке или встраиванию, чтобы закрепить один выпуск.",
    "methods.releases.current": "Вы смотрите выпуск {id}: данные на {asOf}, опубликован {published}.",
    "methods.releases.changelog": "Журнал изменений этого выпуска",
    "methods.releases.files": "Файлы и хеши",
    "methods.releases.bytes": "байт: {n}",
    "methods.cite.title": "Как ссылаться",
    "methods.cite.text":
      "Ссылайтесь на первоисточник цифры (он есть в списке ниже, со ссылкой) и на трекер с идентификатором выпуска, чтобы ваши читатели видели те же данные, что и вы. Строка источников под каждым графиком называет его источники; встраивания и загрузки содержат ссылку для цитирования.",
    "methods.cite.example": "Трекер репрессий в Беларуси, выпуск данных {id} (на {asOf}), {url}",
    "methods.sources.link": "Все источники",
    "methods.sources.title": "Источники ({count})",
    "methods.sources.intro":
      "Все источники, на которые ссылается этот выпуск, сгруппированные по издателям. Ссылки ведут на первоначальную публикацию; у нашей копии бюллетеня публичной ссылки нет.",
    "methods.sources.search": "Поиск по источникам",
    "methods.sources.shown": "Показано {shown} из {total}",
  },
} as const;
