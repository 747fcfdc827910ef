import type en from '../en/ui-findings';

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

const findings: DeepStrings<typeof en> = {
  title: 'Bevindingen',
  intro: 'Wat de matrix zegt over je kanaalstrategie, afgeleid uit de rollen die je hebt ingevuld. Elke bevinding linkt naar de cellen waar ze over gaat.',
  loading: 'Bevindingen worden bepaald…',
  noScenarios: 'Er is nog geen scenario. Voeg er een toe in het Raamwerk om bevindingen te zien.',
  scenario: 'Scenario',
  compareWith: 'Vergelijken met',
  noComparison: 'Niets',
  groupBy: 'Groeperen op',
  groups: { rule: 'Onderwerp', severity: 'Ernst' },
  summary_one: '{{count}} bevinding',
  summary_other: '{{count}} bevindingen',
  summaryLabel: 'Bevindingen naar ernst',
  none: 'Niets te melden voor dit scenario met de huidige drempels.',
  listLabel: 'Bevindingen',
  severity: { warning: 'Waarschuwing', attention: 'Aandachtspunt', info: 'Informatie' },
  severityPlural: { warning: 'Waarschuwingen', attention: 'Aandachtspunten', info: 'Informatie' },
  families: {
    coverage: 'Fasen zonder leidend kanaal of zonder enig kanaal',
    channels: 'Kanalen zonder gebruik, of overal leidend',
    dominance: 'Te veel aandacht voor één medium',
    competition: 'Kanalen die concurreren',
    customerTypes: 'Klanttypen en hun contactvoorkeuren',
    typologies: 'Zoektypologieën',
    domains: 'Productdomeinen',
    change: 'Wat het scenario verandert',
  },
  groupCount_one: '{{count}} bevinding',
  groupCount_other: '{{count}} bevindingen',
  scope: {
    all: 'Alle klanten',
    customerType: 'Klanttype {{name}}',
    typology: 'Zoektypologie {{name}}',
    productDomain: 'Productdomein {{name}}',
  },
  cells: 'Cellen',
  cell: '{{phase}} · {{channel}}',
  cellHint: 'Open de matrix met deze cel geselecteerd',
  moreCells_one: 'en nog {{count}} cel',
  moreCells_other: 'en nog {{count}} cellen',
  more_one: 'nog {{count}}',
  more_other: 'nog {{count}}',
  showInMatrix: 'Toon in matrix',
  showInMatrixLabel: 'Toon in matrix: {{finding}}',
  showComparison: 'Vergelijk in de matrix',
  messages: {
    phase: {
      unserved: 'Geen enkel kanaal bedient {{phase}}: klanten die in deze fase komen, staan er alleen voor.',
      noLead: 'Geen kanaal is leidend in {{phase}}. De fase wordt bediend door {{channels}}, maar geen ervan in de leidende rol, dus niemand is eigenaar van deze fase.',
    },
    channel: {
      unused: '{{channel}} speelt in geen enkele fase een rol: kosten zonder gebruik.',
      leadsEverywhere: '{{channel}} is leidend in alle {{count}} fasen: alles rust op dit ene kanaal.',
    },
    dominance: {
      overall: '{{channel}} draagt {{share}}% van al het rolgewicht, meer dan de ingestelde grens van {{threshold}}%: te veel aandacht voor één medium.',
      phase: 'In {{phase}} draagt {{channel}} {{share}}% van het rolgewicht, meer dan de ingestelde grens van {{threshold}}%.',
    },
    competition: {
      leads: '{{channels}} zijn alle leidend in {{phase}}, en geen notitie zegt hoe ze de fase verdelen: ze kunnen om dezelfde klanten concurreren.',
    },
    customerType: {
      preferredMissing: 'Geen van de kanalen die {{customerType}} verkiest ({{channels}}) speelt een rol in {{phases}}.',
      refusedLeads: '{{customerType}} wijst {{channel}} af, maar dat kanaal is voor hen leidend in {{phases}}.',
    },
    typology: {
      lowDialogue: '{{typology}} zoekt intensief, maar in {{phases}} dragen alleen eenrichtingskanalen het gewicht ({{channels}}): er is niemand om iets te vragen.',
      noFastPath: '{{typology}} beslist snel, maar {{phase}} heeft geen snelle weg: geen online kanaal en geen persoonlijk kanaal met een rol die zwaar genoeg is (nu bediend door {{channels}}).',
      noFastPathEmpty: '{{typology}} beslist snel, maar niets bedient {{phase}}: er is geen manier om te kopen op het moment van beslissen.',
    },
    domain: {
      needs: {
        sensory: 'Voor {{domain}} rust {{phase}} alleen op kanalen zonder zintuiglijk contact ({{channels}}): niemand kan het product daar zien of voelen.',
        advice: 'Voor {{domain}} rust {{phase}} alleen op eenrichtingskanalen ({{channels}}), die geen advies of gesprek kunnen dragen.',
        order: 'Voor {{domain}} rust {{phase}} alleen op kanalen die geen bestelling kunnen aannemen ({{channels}}).',
      },
    },
    scenario: {
      change_one: 'Vergeleken met {{from}} verandert {{to}} één rol voor alle klanten: {{appeared}} nieuw, {{vanished}} vervallen, {{rose}} zwaarder, {{fell}} lichter.',
      change_other: 'Vergeleken met {{from}} verandert {{to}} {{count}} rollen voor alle klanten, in {{phases}} fase(n): {{appeared}} nieuw, {{vanished}} vervallen, {{rose}} zwaarder, {{fell}} lichter.',
      noChange: '{{to}} geeft alle klanten dezelfde rollen als {{from}}: er verandert niets.',
    },
  },
  change: {
    phase: 'In {{phase}}: {{parts}}.',
    appeared_one: '{{channels}} komt erbij',
    appeared_other: '{{channels}} komen erbij',
    vanished_one: '{{channels}} valt weg',
    vanished_other: '{{channels}} vallen weg',
    rose_one: '{{channels}} krijgt een grotere rol',
    rose_other: '{{channels}} krijgen een grotere rol',
    fell_one: '{{channels}} krijgt een kleinere rol',
    fell_other: '{{channels}} krijgen een kleinere rol',
  },
  thresholds: {
    open: 'Drempels bijstellen',
    title: 'Drempels',
    intro: 'Wanneer een bevinding wordt gemeld. Wijzigingen gelden voor deze werkruimte en zijn ongedaan te maken.',
    apply: 'Toepassen',
    reset: 'Terug naar standaard',
    applied: 'Drempels gewijzigd.',
    tuned: 'gewijzigd',
    defaultValue: 'Standaard: {{value}}',
    percent: '%',
    invalid: 'Vul een getal in van {{min}} tot {{max}} met hoogstens één decimaal.',
    invalidWhole: 'Vul een geheel getal in van {{min}} tot {{max}}.',
    fields: {
      dominantShareOverall: {
        label: 'Aandeel van één kanaal, hele matrix',
        hint: 'Meld een kanaal dat meer dan dit aandeel van al het rolgewicht draagt.',
      },
      dominantSharePhase: {
        label: 'Aandeel van één kanaal, één fase',
        hint: 'Meld een kanaal dat meer dan dit aandeel van het rolgewicht in een fase draagt.',
      },
      carryingRole: {
        label: 'Een kanaal draagt een fase vanaf rol',
        hint: '1 ondersteunend, 2 belangrijk, 3 leidend. Bepaalt waarop adviseren, informeren en transactie rusten.',
      },
      fastPathPersonalRole: {
        label: 'Een persoonlijk kanaal is een snelle weg om te kopen vanaf rol',
        hint: 'Voor impulsieve en ongefundeerde beslissers; een online kanaal is dat altijd.',
      },
      competingLeads: {
        label: 'Leidende kanalen zonder notitie waarmee een fase betwist is',
        hint: 'Een notitie bij een leidende cel zegt hoe de kanalen de fase verdelen.',
      },
    },
  },
};
export default findings;
