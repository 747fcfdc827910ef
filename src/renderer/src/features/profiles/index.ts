/** The form fields, icons and number helpers the profile editors share with other pages. The editor itself is a second entry, editor.ts. */
export { CheckboxField } from './fields/CheckboxField';
export { CommitTextField } from './fields/CommitTextField';
export { CheckedNumberField } from './fields/NumberField';
export { Segmented } from './fields/Segmented';
export { SelectField } from './fields/SelectField';
export { failureText, FieldRefusal } from './fields/refusal';
export { useChoiceSave } from './fields/useChoiceSave';
export { ChannelIcon, isChannelIconKey, PencilIcon } from './icons';
export { editButtonLabel } from './labels';
export { formatNumberDisplay, parseDecimal } from './numbers';
export { preferenceCounts } from './preferences';
