/** Messages of the sources & methods page (loaded with that page, not with the dashboard). */
export const methods = {
  en: {
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
