/** The dashboard's words for briefings: present, add a widget to one's deck, the offline status in the header.
 * Apart from the briefing's own catalogue (briefing.ts), whose English loads only with the briefing panel. */
export const presenting = {
  en: {
    "briefing.present": "Present",
    "briefing.presentDeck": "Present my briefing ({count})",
    "briefing.presentHint": "Full-screen slides for a projector; works offline after one visit",
    "briefing.add": "Add to my briefing",
    "briefing.added": "Added as slide {n} of my briefing",
    "briefing.addedShort": "✓ Added as slide {n}",
    "briefing.offline.ready": "Ready offline",
    "briefing.offline.readyHint":
      "The app and the data on screen are saved on this device: it keeps working without a network.",
    "briefing.offline.preparing": "Saving for offline use…",
    "briefing.offline.failed": "Not saved for offline use",
    "briefing.offline.offline": "Offline: showing the saved copy",
    "briefing.offline.update": "New version ready: reload",
  },
  be: {
    "briefing.present": "Прэзентацыя",
    "briefing.presentDeck": "Паказаць мой брыфінг ({count})",
    "briefing.presentHint": "Слайды на ўвесь экран для праектара; пасля аднаго наведвання працуюць без сеткі",
    "briefing.add": "Дадаць у мой брыфінг",
    "briefing.added": "Дададзена як слайд {n} майго брыфінгу",
    "briefing.addedShort": "✓ Слайд {n} дададзены",
    "briefing.offline.ready": "Гатова да працы без сеткі",
    "briefing.offline.readyHint": "Праграма і даныя на экране захаваныя на гэтай прыладзе: яна працуе і без сеткі.",
    "briefing.offline.preparing": "Захоўваецца для працы без сеткі…",
    "briefing.offline.failed": "Не захавана для працы без сеткі",
    "briefing.offline.offline": "Няма сеткі: паказваецца захаваная копія",
    "briefing.offline.update": "Новая версія гатовая: перазагрузіць",
  },
  ru: {
    "briefing.present": "Презентация",
    "briefing.presentDeck": "Показать мой брифинг ({count})",
    "briefing.presentHint": "Слайды на весь экран для проектора; после одного посещения работают без сети",
    "briefing.add": "Добавить в мой брифинг",
    "briefing.added": "Добавлено как слайд {n} моего брифинга",
    "briefing.addedShort": "✓ Слайд {n} добавлен",
    "briefing.offline.ready": "Готово к работе без сети",
    "briefing.offline.readyHint":
      "Приложение и данные на экране сохранены на этом устройстве: оно работает и без сети.",
    "briefing.offline.preparing": "Сохраняется для работы без сети…",
    "briefing.offline.failed": "Не сохранено для работы без сети",
    "briefing.offline.offline": "Нет сети: показана сохранённая копия",
    "briefing.offline.update": "Новая версия готова: перезагрузить",
  },
} as const;
