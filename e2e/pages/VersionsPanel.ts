import { expect, type Locator, type Page } from '@playwright/test';

/** The Versions tab: Save version, the list of versions, and the comparison with the current text. */
export class VersionsPanel {
  readonly panel: Locator;
  readonly versions: Locator;
  readonly changes: Locator;
  readonly diffEditor: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('complementary', { name: 'Side panel' });
    this.versions = this.panel.getByRole('list', { name: 'Versions' });
    this.changes = this.panel.getByRole('list', { name: 'Changes' });
    this.diffEditor = this.panel.getByRole('region', { name: 'Diff editor' });
  }

  async open() {
    await this.page
      .getByRole('group', { name: 'Mode' })
      .getByRole('button', { name: 'Versions' })
      .click();
    await expect(this.panel).toBeVisible();
  }

  /** A version in the list, by its label (e.g. "Broadcast JSON copied"). */
  version(label: string): Locator {
    return this.versions.getByRole('listitem').filter({ hasText: label });
  }

  async compareWith(label: string) {
    await this.panel.getByRole('button', { name: `Compare with ${label}` }).click();
  }

  async restore(label: string) {
    await this.panel.getByRole('button', { name: `Restore ${label}` }).click();
  }

  /** The labels of the versions the browser has stored (IndexedDB), in the order they were kept. */
  storedLabels(): Promise<string[]> {
    return this.page.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('dialplan-studio');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('versions')) return resolve([]);
            const all = db.transaction('versions').objectStore('versions').getAll();
            all.onerror = () => reject(all.error);
            all.onsuccess = () => {
              const records = all.result as { seq: number; version: { label: string } }[];
              resolve(records.sort((a, b) => a.seq - b.seq).map((r) => r.version.label));
              db.close();
            };
          };
        }),
    );
  }

  /** A change in the comparison's list, by its visible text (e.g. `Added keypress`). */
  change(text: string | RegExp): Locator {
    return this.changes.getByRole('button').filter({ hasText: text });
  }
}
