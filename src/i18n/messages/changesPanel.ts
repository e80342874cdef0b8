/** The words the dashboard shows from its first load about changes between releases: the collapsed "What changed in
 * this release" panel and the charts' correction marks. The change list's own words (changes.ts) load with the list. */
export const changesPanel = {
  en: {
    "changes.heading": "What changed in this release",
    "changes.compared": "Compared with the previous release, {id} ({date}).",
    "changes.first": "This is the first release: there is nothing earlier to compare it with.",
    "changes.loading": "Loading the previous release…",
    "changes.error": "The previous release could not be loaded, so the changes cannot be listed: {error}",
    "changes.changelog": "Changelog",
    "changes.absent": "none",
    "changes.corrected": "corrected in release {release}: was {before}, now {after}",
  },
  be: {
    "changes.heading": "Што змянілася ў гэтым выпуску",
    "changes.compared": "У параўнанні з папярэднім выпускам {id} ({date}).",
    "changes.first": "Гэта першы выпуск: няма з чым параўноўваць.",
    "changes.loading": "Загружаецца папярэдні выпуск…",
    "changes.error": "Не ўдалося загрузіць папярэдні выпуск, таму змены нельга паказаць: {error}",
    "changes.changelog": "Журнал змен",
    "changes.absent": "няма",
    "changes.corrected": "выпраўлена ў выпуску {release}: было {before}, стала {after}",
  },
  ru: {
    "changes.heading": "Что изменилось в этом выпуске",
    "changes.compared": "По сравнению с предыдущим выпуском {id} ({date}).",
    "changes.first": "Это первый выпуск: сравнивать не с чем.",
    "changes.loading": "Загружается предыдущий выпуск…",
    "changes.error": "Не удалось загрузить предыдущий выпуск, поэтому изменения нельзя показать: {error}",
    "changes.changelog": "Журнал изменений",
    "changes.absent": "нет",
    "changes.corrected": "исправлено в выпуске {release}: было {before}, стало {after}",
  },
} as const;
