/**
 * Writing several files as one change: all of them or none. An import that stopped half-way (a full
 * disk, a file another program holds open) must not leave a draft whose files disagree, nor stray
 * temporary files.
 */
import { existsSync, linkSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface PlannedFile {
  path: string;
  text: string;
}

/** The two file operations that put files in place; a test can make either of them fail. */
export interface WriteSteps {
  writeFile(file: string, text: string): void;
  rename(from: string, to: string): void;
}

const NODE_STEPS: WriteSteps = { writeFile: (file, text) => writeFileSync(file, text), rename: renameSync };

/**
 * Writes every file into a temporary folder inside `tempParent` (on the same filesystem as the
 * targets, so a rename is atomic), then renames them into place. Each original is kept as a hard link
 * until all are in place; if a write or a rename fails, every original is put back and the error is
 * thrown. The temporary folder is removed in every case. At no moment is a target missing or half
 * written: it is either the old file or the new one.
 */
export function writeAllOrNothing(files: readonly PlannedFile[], tempParent: string, steps = NODE_STEPS): void {
  const temp = mkdtempSync(path.join(tempParent, ".import-"));
  try {
    // 1. Every new file into the temporary folder: a failure here has changed nothing.
    const staged = files.map((f, i) => {
      const file = path.join(temp, `${i}-${path.basename(f.path)}`);
      steps.writeFile(file, f.text);
      return { file, target: f.path, backup: path.join(temp, `${i}-original`), existed: existsSync(f.path) };
    });
    for (const s of staged) if (s.existed) linkSync(s.target, s.backup);
    // 2. Each new file over its target; on a failure, the originals go back (renames do not need space).
    const done: typeof staged = [];
    try {
      for (const s of staged) {
        steps.rename(s.file, s.target);
        done.push(s);
      }
    } catch (e) {
      for (const s of done.reverse()) {
        if (s.existed) renameSync(s.backup, s.target);
        else rmSync(s.target, { force: true });
      }
      throw e;
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
