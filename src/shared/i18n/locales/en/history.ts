/** Labels of journal entries, shown in the history list and the Undo/Redo menu items. */
const history = {
  create: 'Add “{{name}}”',
  rename: 'Rename “{{from}}” to “{{name}}”',
  update: 'Edit “{{name}}”',
  hide: 'Hide “{{name}}”',
  show: 'Show “{{name}}”',
  move: 'Move “{{name}}”',
  delete: 'Delete “{{name}}”',
  preference: 'Change contact preferences of “{{name}}”',
  setCells_one: 'Set {{count}} matrix cell',
  setCells_other: 'Set {{count}} matrix cells',
  clearCells_one: 'Clear {{count}} matrix cell',
  clearCells_other: 'Clear {{count}} matrix cells',
  copyScenario: 'Copy scenario “{{from}}” as “{{name}}”',
  snapshotCreate: 'Take snapshot “{{name}}”',
  snapshotDelete: 'Delete snapshot “{{name}}”',
  restore: 'Restore snapshot “{{name}}”',
  import: 'Import {{source}}',
  seed: 'Create workspace',
  undo: 'Undo: {{label}}',
  redo: 'Redo: {{label}}',
};
export default history;
