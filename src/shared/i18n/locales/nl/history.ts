import type en from '../en/history';

const history: Record<keyof typeof en, string> = {
  create: '“{{name}}” toevoegen',
  rename: '“{{from}}” hernoemen naar “{{name}}”',
  update: '“{{name}}” bewerken',
  hide: '“{{name}}” verbergen',
  show: '“{{name}}” tonen',
  showAll_one: '{{count}} verborgen onderdeel tonen',
  showAll_other: '{{count}} verborgen onderdelen tonen',
  move: '“{{name}}” verplaatsen',
  delete: '“{{name}}” verwijderen',
  preference: 'Contactvoorkeuren van “{{name}}” wijzigen',
  setCells_one: '{{count}} matrixcel instellen',
  setCells_other: '{{count}} matrixcellen instellen',
  clearCells_one: '{{count}} matrixcel wissen',
  clearCells_other: '{{count}} matrixcellen wissen',
  copyScenario: 'Scenario “{{from}}” kopiëren als “{{name}}”',
  snapshotCreate: 'Momentopname “{{name}}” maken',
  snapshotDelete: 'Momentopname “{{name}}” verwijderen',
  restore: 'Momentopname “{{name}}” terugzetten',
  import: '{{source}} importeren',
  seed: 'Werkruimte aanmaken',
  undo: 'Ongedaan maken: {{label}}',
  redo: 'Opnieuw: {{label}}',
};
export default history;
