import type { ErrorCode } from '../../../errors';

const errors: Record<ErrorCode, string> = {
  VALIDATION: 'Dat verzoek is niet begrepen: {{details}}',
  UNKNOWN_METHOD: 'Deze versie van Channelwise kent “{{method}}” niet.',
  FORBIDDEN: 'Dat mag u niet doen.',
  INTERNAL: 'Er ging iets mis in Channelwise. Uw werkruimte is niet gewijzigd.',
  NO_WORKSPACE: 'Er is geen werkruimte geopend.',
  READ_ONLY: 'Deze werkruimte is alleen-lezen geopend en kan niet worden gewijzigd.',
  NOT_FOUND: 'Dat onderdeel bestaat niet meer.',
  NAME_EMPTY: 'Een naam mag niet leeg zijn.',
  NAME_TOO_LONG: 'Een naam mag hoogstens {{max}} tekens lang zijn (deze heeft er {{length}}).',
  NAME_DUPLICATE: '“{{name}}” bestaat al. Kies een andere naam.',
  FILE_NOT_FOUND: 'Er is geen bestand op {{path}}.',
  FILE_EXISTS: 'Er bestaat al een bestand op {{path}}.',
  NOT_SQLITE: '{{path}} is geen Channelwise-werkruimte (het is geen databasebestand).',
  NOT_A_WORKSPACE: '{{path}} is een database, maar geen Channelwise-werkruimte.',
  WORKSPACE_CORRUPT: '{{path}} is beschadigd en kan niet veilig worden geopend.',
  WORKSPACE_LOCKED: '{{path}} is al geopend in {{holder}}. Sluit het daar eerst.',
  IO_ERROR: 'Het bestand kon niet worden gelezen of geschreven: {{reason}}',
  NOTHING_TO_UNDO: 'Er is niets om ongedaan te maken.',
  NOTHING_TO_REDO: 'Er is niets om opnieuw te doen.',
  INVALID_INTERCHANGE: 'Dat JSON-bestand is geen Channelwise-export: {{reason}}',
};
export default errors;
