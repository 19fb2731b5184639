import { createSectorLocator } from '@placewise/geo';
import type { Issue } from '@placewise/model';
import { derivePlacements, type ReturnFile, readReturn } from '@placewise/ssda903';

/** What the page shows after checking a return. */
export interface CheckedReturn {
  children: number;
  episodes: number;
  placements: number;
  issues: Issue[];
}

/**
 * Checks SSDA903 files chosen in an `<input type="file" multiple>` without sending them anywhere: the
 * packages use only Web APIs, so this runs in the page as it is. Bundle it with Vite, esbuild or webpack.
 */
export async function checkChosenFiles(files: Iterable<File>): Promise<CheckedReturn> {
  const contents: ReturnFile[] = [];
  for (const file of files) {
    contents.push({ name: file.name, content: new Uint8Array(await file.arrayBuffer()) });
  }
  const locator = createSectorLocator();
  const { value, issues } = readReturn(contents, { collectionYear: '2024-25', locator });
  const placements = derivePlacements(value.episodes, { locator });
  return {
    children: value.children.length,
    episodes: value.episodes.length,
    placements: placements.value.length,
    issues: [...issues, ...placements.issues],
  };
}

// In the page:
// input.addEventListener('change', async () => {
//   const { issues } = await checkChosenFiles(input.files ?? []);
//   renderIssues(issues); // each has a code, a severity and a location: file, row, column
// });
