import type en from '../en/cli';

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

const cli: DeepStrings<typeof en> = {
  description: 'Channelwise: werkbank voor multichannelstrategie. Werkt met .channelwise-werkruimtebestanden.',
  new: { description: 'Een nieuwe werkruimte aanmaken', lang: 'inhoudstaal: en of nl', empty: 'leeg beginnen in plaats van met het standaardraamwerk', done: '{{path}} aangemaakt' },
  info: { description: 'Tonen wat een werkruimte bevat', json: 'JSON tonen in plaats van een tabel' },
  check: { description: 'Een werkruimte controleren op schade en schemaproblemen (exitcode 0 alleen als alles klopt)', ok: '{{path}} is in orde (schemaversie {{version}}).', problems: '{{path}} heeft problemen:' },
  export: { description: 'Een werkruimte exporteren', format: 'uitvoerformaat: json', out: 'het bestand dat geschreven wordt', done: '{{path}} geschreven' },
  import: { description: 'Een werkruimte maken uit een geëxporteerd JSON-bestand', from: 'het JSON-bestand om te lezen', done: '{{path}} aangemaakt uit {{from}}' },
  backup: { description: 'Een reservekopie van een werkruimte schrijven', out: 'waar de kopie komt (standaard: de map met reservekopieën)', done: 'Reservekopie geschreven naar {{path}}' },
  serve: {
    description: 'Channelwise openen in een browser (de browserhost)',
    port: 'poort om op te luisteren (standaard: een vrije)',
    host: 'adres om aan te binden (standaard 127.0.0.1: alleen deze computer)',
    quiet: 'het adres niet tonen (de starter deed dat al)',
    open: 'de systeembrowser openen',
    listening: 'Channelwise draait op {{url}}  (Ctrl+C om te stoppen)',
    shared: 'Bereikbaar via het netwerk. Deelnemers hebben dit adres nodig, inclusief token: {{url}}',
  },
  file: 'het werkruimtebestand (.channelwise)',
  readOnly: 'Let op: alleen-lezen geopend ({{reason}}).',
  reasons: {
    'newer-version': 'geschreven door een nieuwere versie van Channelwise',
    'file-read-only': 'het bestand is alleen-lezen',
    requested: 'op verzoek alleen-lezen',
  },
  badLang: 'Onbekende taal “{{value}}”: gebruik en of nl.',
  badFormat: 'Onbekend formaat “{{value}}”: gebruik json.',
  badPort: 'Geen poortnummer: “{{value}}”.',
  labels: {
    phases: 'Fasen',
    channels: 'Kanalen',
    customerTypes: 'Klanttypen',
    typologies: 'Zoektypologieën',
    productDomains: 'Productdomeinen',
    scenarios: "Scenario's",
    matrixCells: 'Matrixcellen',
    journeys: 'Klantreizen',
    journeySteps: 'Reisstappen',
    schemaVersion: 'Schemaversie',
  },
};
export default cli;
