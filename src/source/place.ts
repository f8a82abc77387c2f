import { dirname } from 'node:path';

/** The folder git runs in for a source file: its own folder when that exists, else the nearest existing one above. */
export function gitFolderFor(sourceFile: string, exists: (folder: string) => boolean, stop: string): { folder: string; relative: string } | null {
  let folder = dirname(sourceFile);
  let relative = sourceFile.slice(folder.length + 1);
  while (!exists(folder)) {
    const up = dirname(folder);
    if (up === folder || !folder.startsWith(stop)) return null;
    relative = `${folder.slice(up.length + 1)}/${relative}`;
    folder = up;
  }
  return { folder, relative: relative.replaceAll('\\', '/') };
}
