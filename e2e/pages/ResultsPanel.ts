import { expect, type Locator, type Page } from '@playwright/test';

/** The Results tab: open page files, read a chart's table view, choose what the graph shows. */
export class ResultsPanel {
  readonly region: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Results', exact: true });
  }

  async open() {
    await this.page
      .getByRole('group', { name: 'Mode' })
      .getByRole('button', { name: 'Results' })
      .click();
    await expect(this.region).toBeVisible();
  }

  async openFiles(paths: string[]) {
    await this.region.getByLabel('Open call results').setInputFiles(paths);
  }

  async showTables() {
    await this.region.getByRole('button', { name: 'Show as tables' }).click();
  }

  /** The table view of one chart, by its caption's start (e.g. `Vote`). */
  table(caption: string): Locator {
    return this.region.getByRole('table', { name: new RegExp(`^${caption} \\(`) });
  }

  /** The calls and share cells of one answer's row, e.g. `Yes` → ['6', '85.7 %'], `Donkeys (1)`. */
  async row(caption: string, answer: string): Promise<string[]> {
    const name = new RegExp(`^${answer.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} `);
    const row = this.table(caption).getByRole('row', { name });
    return row.getByRole('cell').allInnerTexts();
  }

  /** The cross-tab's pickers and its table. */
  crossTab() {
    const section = this.region.getByRole('region', { name: 'Cross-tab' });
    return {
      section,
      rows: section.getByRole('combobox', { name: 'Rows' }),
      columns: section.getByRole('combobox', { name: 'Columns' }),
      table: section.getByRole('table'),
    };
  }

  async showOnGraph(
    choice: 'Nothing' | 'Real results' | 'Forecast (batch simulation)' | 'Real beside forecast',
  ) {
    await this.region.getByRole('radio', { name: choice }).check();
  }
}
